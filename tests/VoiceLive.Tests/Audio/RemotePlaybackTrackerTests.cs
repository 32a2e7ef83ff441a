using System;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace VoiceLive.Tests
{
    public class RemotePlaybackTrackerTests
    {
        private readonly FakeTimeProvider _time = new();

        [Fact]
        public void PlayedPositionIsTheTimeSinceTheFirstChunkClampedToWhatWasReceived()
        {
            var tracker = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.G711Ulaw, _time);
            Assert.True(tracker.IsRemotePlayback);
            tracker.OnAudioReceived("item_1", 0, 8000); // 1 s of μ-law
            Assert.Equal(0, tracker.PlayedMs);

            _time.Advance(TimeSpan.FromMilliseconds(250));
            Assert.Equal(250, tracker.PlayedMs);
            var truncate = Assert.IsType<ClientEventConversationItemTruncate>(tracker.CreateInterruptionEvent());
            Assert.Equal(250, truncate.AudioEndMs);

            _time.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(1000, tracker.PlayedMs);
            Assert.False(tracker.IsPlaying);
            Assert.Null(tracker.CreateInterruptionEvent());
        }

        [Fact]
        public void NothingElapsedMeansNothingPlayedSoTheItemIsDeleted()
        {
            var tracker = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.Pcm16, _time);
            tracker.OnAudioReceived("item_1", 0, 48000);
            Assert.IsType<ClientEventConversationItemDelete>(tracker.CreateInterruptionEvent());
        }

        [Fact]
        public void AnAcknowledgementReanchorsTheClockEvenBelowTheEstimate()
        {
            var tracker = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.G711Ulaw, _time);
            tracker.OnAudioReceived("item_1", 0, 16000); // 2 s
            _time.Advance(TimeSpan.FromMilliseconds(500));

            // The far end started late: at 500 ms it has played only 300 ms.
            tracker.OnRemotePlayedUpTo("item_1", 300);
            Assert.Equal(300, tracker.PlayedMs);
            _time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.Equal(400, tracker.PlayedMs);

            // A stale acknowledgement (behind the last one) and one for another item change nothing.
            tracker.OnRemotePlayedUpTo("item_1", 200);
            tracker.OnRemotePlayedUpTo("item_0", 1500);
            Assert.Equal(400, tracker.PlayedMs);
            Assert.Equal(400, Assert.IsType<ClientEventConversationItemTruncate>(tracker.CreateInterruptionEvent()).AudioEndMs);
        }

        [Fact]
        public void JitterBufferLevelGivesReceivedMinusBuffered()
        {
            var tracker = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.Pcm16, _time);
            tracker.OnAudioReceived("item_1", 0, 48000); // 1 s
            tracker.OnRemoteBufferLevel(28800);           // 600 ms still queued at the far end
            Assert.Equal(400, tracker.PlayedMs);
        }

        [Fact]
        public void ANewItemStartsItsOwnClock()
        {
            var tracker = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.G711Ulaw, _time);
            tracker.OnAudioReceived("item_1", 0, 8000);
            _time.Advance(TimeSpan.FromMilliseconds(700));
            tracker.OnAudioReceived("item_2", 0, 8000);
            Assert.Equal(0, tracker.PlayedMs);
            _time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.Equal(100, tracker.PlayedMs);
            tracker.Reset();
            Assert.Equal(0, tracker.PlayedMs);
            Assert.Null(tracker.CreateInterruptionEvent());
        }

        [Fact]
        public void ModesRejectTheOtherModesReports()
        {
            var remote = AudioPlaybackTracker.ForRemotePlayback(OutputAudioFormat.Pcm16, _time);
            Assert.Throws<InvalidOperationException>(() => remote.OnAudioPlayed(100));
            var local = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
            Assert.False(local.IsRemotePlayback);
            Assert.Throws<InvalidOperationException>(() => local.OnRemotePlayedUpTo("item_1", 100));
            Assert.Throws<InvalidOperationException>(() => local.OnRemoteBufferLevel(100));
        }
    }
}
