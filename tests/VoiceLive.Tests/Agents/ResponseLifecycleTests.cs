using System.Threading.Tasks;
using Xunit;
using static VoiceLive.Tests.AgentScript;

namespace VoiceLive.Tests
{
    public class ResponseLifecycleTests : ConnectionTestBase
    {
        [Fact]
        public async Task A_response_is_active_from_created_to_its_own_done()
        {
            var (connection, socket) = await ConnectAsync(s => s.EnqueueText(ResponseCreated("resp_1")));
            await using var _ = connection;
            Assert.False(connection.Response.IsActive);

            await ReadUntilAsync(connection, e => e is ServerEventResponseCreated);
            Assert.True(connection.Response.IsActive);
            Assert.Equal("resp_1", connection.Response.ActiveResponseId);

            socket.EnqueueText(ResponseDone("resp_other"));
            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.Equal("resp_1", connection.Response.ActiveResponseId);

            socket.EnqueueText(ResponseDone("resp_1"));
            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.False(connection.Response.IsActive);
            Assert.Null(connection.Response.ActiveResponseId);
        }

        [Fact]
        public async Task Interrupt_without_an_active_response_sends_nothing()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _ = connection;

            InterruptionResult result = await connection.Response.InterruptAsync();

            Assert.False(result.ResponseCancelled);
            Assert.Null(result.TruncatedItemId);
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Empty(Sent(socket, "response.cancel"));
        }

        [Theory]
        [InlineData("""{"type":"server_vad"}""", false)]
        [InlineData("""{"type":"azure_semantic_vad","interrupt_response":true}""", false)]
        [InlineData("""{"type":"server_vad","interrupt_response":false}""", true)]
        [InlineData("null", true)]
        public async Task After_speech_started_the_helper_cancels_only_when_the_service_does_not(string turnDetection, bool expectCancel)
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText("""{"type":"session.updated","session":{"id":"sess_1","turn_detection":""" + turnDetection + "}}");
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(SpeechStarted());
            });
            await using var _ = connection;
            await ReadUntilAsync(connection, e => e is ServerEventInputAudioBufferSpeechStarted);

            InterruptionResult result = await connection.Response.InterruptAsync();

            Assert.Equal(expectCancel, result.ResponseCancelled);
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Equal(expectCancel ? 1 : 0, Sent(socket, "response.cancel").Count);
        }

        [Fact]
        public async Task A_cancel_the_app_sent_itself_is_not_sent_again_by_the_helper()
        {
            var (connection, socket) = await ConnectAsync(s => s.EnqueueText(ResponseCreated("resp_1")));
            await using var _ = connection;
            await ReadUntilAsync(connection, e => e is ServerEventResponseCreated);

            await connection.Response.CancelAsync();
            InterruptionResult result = await connection.Response.InterruptAsync();

            Assert.False(result.ResponseCancelled);
            await NextSentAsync(socket, "response.cancel");
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Single(Sent(socket, "response.cancel"));
        }

        [Fact]
        public async Task Interrupt_with_a_playback_tracker_truncates_at_the_played_position_and_resets_it()
        {
            var (connection, socket) = await ConnectAsync(s => s.EnqueueText(ResponseCreated("resp_1")));
            await using var _ = connection;
            await ReadUntilAsync(connection, e => e is ServerEventResponseCreated);
            var playback = new AudioPlaybackTracker(48000);
            playback.OnAudioReceived("item_a", 0, 48000); // 1 s received
            playback.OnAudioPlayed(12000);                 // 250 ms played

            InterruptionResult result = await connection.Response.InterruptAsync(playback);

            Assert.Equal("resp_1", (string?)(await NextSentAsync(socket, "response.cancel"))["response_id"]);
            var truncate = await NextSentAsync(socket, "conversation.item.truncate");
            Assert.Equal(("item_a", 250), ((string)truncate["item_id"]!, (int)truncate["audio_end_ms"]!));
            Assert.Equal((true, "item_a", 250, 750), (result.ResponseCancelled, result.TruncatedItemId, result.TruncatedAtMs!.Value, result.DiscardedAudioMs));
            Assert.Null(playback.ItemId);
        }

        [Fact]
        public async Task A_connection_has_no_observer_until_the_app_switches_a_component_on()
        {
            var (connection, _) = await ConnectAsync();
            await using var __ = connection;
            Assert.Equal(0, connection.ObserverCount);

            using (new ConversationTracker(connection))
            {
                Assert.Equal(1, connection.ObserverCount);
            }

            Assert.Equal(0, connection.ObserverCount);
        }
    }
}
