using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>Response.InterruptAsync: cancel only what is active and not already being cancelled, then truncate at the played position.</summary>
    public class BargeInTests
    {
        private const string LongAnswer = "This is a long answer that keeps going so that there is plenty of audio to interrupt while it plays out loud";

        [Fact]
        public async Task With_server_VAD_the_service_cancels_and_the_helper_only_truncates_at_the_played_position_without_any_error()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(LongAnswer)));
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection _ = connection;
            using var tracker = new ConversationTracker(connection);
            var playback = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = new ServerVad { CreateResponse = false } });

            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta first = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            playback.OnAudioDelta(first);
            ServerEventResponseAudioDelta second = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            playback.OnAudioDelta(second);
            playback.OnAudioPlayed(48000 * 150 / 1000); // the speaker played 150 ms
            Assert.True(connection.Response.IsActive);

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("stop", 24000)), 4800);
            await reader.WaitForAsync<ServerEventInputAudioBufferSpeechStarted>(e => true);
            InterruptionResult result = await connection.Response.InterruptAsync(playback);

            Assert.False(result.ResponseCancelled); // the service is already cancelling it
            Assert.Equal(first.ItemId, result.TruncatedItemId);
            Assert.Equal(150, result.TruncatedAtMs);
            Assert.True(result.DiscardedAudioMs > 0);
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            ServerEventConversationItemTruncated truncated = await reader.WaitForAsync<ServerEventConversationItemTruncated>();
            Assert.Equal(150, truncated.AudioEndMs);

            // A round trip proves nothing else came back: no response_cancel_not_active, no other error.
            await connection.Conversation.Item.RetrieveAsync(first.ItemId);
            await reader.WaitForAsync<ServerEventConversationItemRetrieved>();
            Assert.Empty(reader.OfType<ServerEventError>());
            Assert.DoesNotContain(server.ReceivedEvents, e => e.Type == "response.cancel");
            Assert.False(connection.Response.IsActive);

            TrackedItem assistant = tracker.GetItem(first.ItemId)!;
            Assert.True(assistant.IsTruncated);
            Assert.Equal(150, assistant.AudioDurationMs);
            Assert.Equal(string.Empty, assistant.Transcript);
            Assert.Equal(ResponseStatus.Cancelled, tracker.LastResponse!.Status);
        }

        [Fact]
        public async Task Without_server_VAD_the_helper_cancels_the_active_response_once_and_a_second_barge_in_sends_nothing()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(LongAnswer)));
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection _ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });

            await connection.Response.CreateAsync();
            ServerEventResponseCreated created = await reader.WaitForAsync<ServerEventResponseCreated>();
            Assert.Equal(created.Response.Id, connection.Response.ActiveResponseId);

            InterruptionResult first = await connection.Response.InterruptAsync();
            InterruptionResult second = await connection.Response.InterruptAsync();
            Assert.Equal(created.Response.Id, first.CancelledResponseId);
            Assert.False(second.ResponseCancelled);

            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            InterruptionResult afterDone = await connection.Response.InterruptAsync();
            Assert.False(afterDone.ResponseCancelled);

            await connection.Conversation.Item.RetrieveAsync("no_such_item");
            ServerEventError roundTrip = await reader.WaitForAsync<ServerEventError>();
            Assert.NotEqual("response_cancel_not_active", roundTrip.Error.Code);
            Assert.Single(reader.OfType<ServerEventError>());
            Assert.Single(server.ReceivedEvents, e => e.Type == "response.cancel");
        }

        [Fact]
        public async Task Nothing_played_deletes_the_item_instead_of_truncating_at_zero()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(LongAnswer)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;
            var playback = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });

            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta audio = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            playback.OnAudioDelta(audio);
            InterruptionResult result = await connection.Response.InterruptAsync(playback);

            Assert.True(result.ResponseCancelled);
            Assert.True(result.ItemDeleted);
            Assert.Equal(audio.ItemId, result.TruncatedItemId);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventConversationItemDeleted>();
            Assert.Equal(audio.ItemId, events.OfType<ServerEventConversationItemDeleted>().Single().ItemId);
            Assert.Empty(reader.OfType<ServerEventError>());
        }
    }
}
