using Xunit;

namespace VoiceLive.Tests
{
    public class AudioPlaybackTrackerTests
    {
        private static ServerEventResponseAudioDelta Delta(string item, int bytes) => new ServerEventResponseAudioDelta { ItemId = item, Delta = new byte[bytes] };

        [Fact]
        public void NothingToCorrectBeforeAudioOrAfterAllOfItPlayed()
        {
            var tracker = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
            Assert.Null(tracker.CreateInterruptionEvent());

            tracker.OnAudioDelta(Delta("item_1", 4800));
            tracker.OnAudioPlayed(4800);
            Assert.Null(tracker.CreateInterruptionEvent());
            Assert.False(tracker.IsPlaying);
        }

        [Fact]
        public void TruncatesAtThePlayedPositionInMilliseconds()
        {
            var tracker = new AudioPlaybackTracker(OutputAudioFormat.Pcm16); // 48,000 bytes/s
            tracker.OnAudioDelta(Delta("item_1", 48000));
            tracker.OnAudioPlayed(12000);

            var truncate = Assert.IsType<ClientEventConversationItemTruncate>(tracker.CreateInterruptionEvent());
            Assert.Equal("item_1", truncate.ItemId);
            Assert.Equal(0, truncate.ContentIndex);
            Assert.Equal(250, truncate.AudioEndMs);
            Assert.True(tracker.IsPlaying);
        }

        [Fact]
        public void DeletesWhenNothingWasPlayed()
        {
            var tracker = new AudioPlaybackTracker(16000);
            tracker.OnAudioDelta(Delta("item_1", 3200));
            var delete = Assert.IsType<ClientEventConversationItemDelete>(tracker.CreateInterruptionEvent());
            Assert.Equal("item_1", delete.ItemId);
        }

        [Fact]
        public void PlayedIsClampedToReceived()
        {
            var tracker = new AudioPlaybackTracker(OutputAudioFormat.G711Ulaw); // 8,000 bytes/s
            tracker.OnAudioDelta(Delta("item_1", 800));
            tracker.OnAudioPlayed(100000);
            Assert.Equal(100, tracker.PlayedMs);
            Assert.Equal(100, tracker.ReceivedMs);
        }

        [Fact]
        public void ANewItemStartsOver()
        {
            var tracker = new AudioPlaybackTracker(OutputAudioFormat.Pcm16At16000Hz);
            tracker.OnAudioDelta(Delta("item_1", 32000));
            tracker.OnAudioPlayed(32000);
            tracker.OnAudioDelta(Delta("item_2", 3200));
            tracker.OnAudioPlayed(1600);

            var truncate = Assert.IsType<ClientEventConversationItemTruncate>(tracker.CreateInterruptionEvent());
            Assert.Equal("item_2", truncate.ItemId);
            Assert.Equal(50, truncate.AudioEndMs);
            Assert.Equal(100, tracker.ReceivedMs);
        }
    }
}
