using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static VoiceLive.Tests.AgentScript;

namespace VoiceLive.Tests
{
    /// <summary>The tracker's rules on scripted event sequences (the emulator sequences are in the integration tests).</summary>
    public class ConversationTrackerUnitTests : ConnectionTestBase
    {
        private static string Created(string id, string? previous, string role = "user", string text = "hi")
            => $$$"""{"type":"conversation.item.created","previous_item_id":{{{(previous is null ? "null" : "\"" + previous + "\"")}}},"item":{"id":"{{{id}}}","type":"message","role":"{{{role}}}","status":"completed","content":[{"type":"input_text","text":"{{{text}}}"}]}}""";

        private static async Task<(VoiceLiveConnection, ConversationTracker)> TrackAsync(params string[] events)
        {
            var (connection, socket) = await ConnectAsync();
            var tracker = new ConversationTracker(connection);
            foreach (string evt in events)
            {
                socket.EnqueueText(evt);
            }

            socket.EnqueueText("""{"type":"rate_limits.updated","rate_limits":[]}""");
            await ReadUntilAsync(connection, e => e is ServerEventRateLimitsUpdated);
            return (connection, tracker);
        }

        [Fact]
        public async Task Items_are_ordered_by_previous_item_id_not_by_arrival()
        {
            var (connection, tracker) = await TrackAsync(
                Created("a", null, text: "first"),
                Created("c", "a", text: "third"),
                Created("b", "a", text: "second"),
                Created("z", null, text: "front"),
                Created("d", "unknown", text: "end"));
            await using var _ = connection;

            Assert.Equal(new[] { "z", "a", "b", "c", "d" }, tracker.Items.Select(i => i.Id).ToArray());
        }

        [Fact]
        public async Task Output_deltas_are_joined_and_the_done_events_have_the_last_word()
        {
            var (connection, tracker) = await TrackAsync(
                ResponseCreated("resp_1"),
                """{"type":"response.output_item.added","response_id":"resp_1","output_index":0,"item":{"id":"item_a","type":"message","role":"assistant","status":"in_progress","content":[]}}""",
                """{"type":"response.audio_transcript.delta","response_id":"resp_1","item_id":"item_a","output_index":0,"content_index":0,"delta":"Hel"}""",
                """{"type":"response.audio_transcript.delta","response_id":"resp_1","item_id":"item_a","output_index":0,"content_index":0,"delta":"lo"}""",
                """{"type":"response.text.delta","response_id":"resp_1","item_id":"item_a","output_index":0,"content_index":1,"delta":"Hi"}""");
            await using var _ = connection;

            TrackedItem item = Assert.Single(tracker.Items);
            Assert.Equal(("Hello", "Hi", ResponseItemStatus.InProgress), (item.Transcript, item.Text, item.Status));
            Assert.Equal("resp_1", item.ResponseId);
            Assert.Equal("resp_1", tracker.ActiveResponse!.Id);
            Assert.Equal(new[] { "item_a" }, tracker.ActiveResponse.OutputItemIds);
        }

        [Fact]
        public async Task Audio_duration_follows_the_session_output_format()
        {
            var (connection, tracker) = await TrackAsync(
                """{"type":"session.updated","session":{"id":"s","output_audio_format":"g711_ulaw"}}""",
                ResponseCreated("resp_1"),
                """{"type":"response.output_item.added","response_id":"resp_1","output_index":0,"item":{"id":"item_a","type":"message","role":"assistant","content":[]}}""",
                """{"type":"response.audio.delta","response_id":"resp_1","item_id":"item_a","output_index":0,"content_index":0,"delta":"{{AUDIO}}"}""".Replace("{{AUDIO}}", Convert.ToBase64String(new byte[1600]), StringComparison.Ordinal));
            await using var _ = connection;

            TrackedItem item = Assert.Single(tracker.Items);
            Assert.True(item.HasAudio);
            Assert.Equal(200, item.AudioDurationMs); // 1,600 bytes of 8 kHz mu-law
        }

        [Fact]
        public async Task A_failed_transcription_is_flagged_and_a_function_output_is_linked_to_its_call()
        {
            var (connection, tracker) = await TrackAsync(
                """{"type":"conversation.item.created","previous_item_id":null,"item":{"id":"item_u","type":"message","role":"user","content":[{"type":"input_audio"}]}}""",
                """{"type":"conversation.item.input_audio_transcription.failed","item_id":"item_u","content_index":0,"error":{"type":"transcription_error","message":"no speech"}}""",
                """{"type":"conversation.item.created","previous_item_id":"item_u","item":{"id":"item_c","type":"function_call","call_id":"call_1","name":"f","arguments":"{}"}}""",
                """{"type":"conversation.item.created","previous_item_id":"item_c","item":{"id":"item_o","type":"function_call_output","call_id":"call_1","output":"42"}}""");
            await using var _ = connection;

            Assert.True(tracker.GetItem("item_u")!.TranscriptionFailed);
            Assert.True(tracker.GetItem("item_u")!.HasAudio);
            Assert.Equal("42", tracker.GetItem("item_c")!.Output);
            Assert.Equal(("call_1", "42"), (tracker.GetItem("item_o")!.CallId, tracker.GetItem("item_o")!.Output));
        }

        [Fact]
        public async Task Response_done_finishes_the_active_response_with_its_usage_and_final_items()
        {
            string item = """{"id":"item_a","type":"message","role":"assistant","status":"incomplete","content":[{"type":"audio","transcript":"Hel"}]}""";
            var (connection, tracker) = await TrackAsync(ResponseCreated("resp_1"), ResponseDone("resp_1", "cancelled", item));
            await using var _ = connection;

            Assert.Null(tracker.ActiveResponse);
            TrackedResponse last = tracker.LastResponse!;
            Assert.Equal((ResponseStatus.Cancelled, 10), (last.Status!.Value, last.Usage!.TotalTokens));
            TrackedItem tracked = Assert.Single(tracker.Items);
            Assert.Equal((ResponseItemStatus.Incomplete, "Hel"), (tracked.Status!.Value, tracked.Transcript));
        }
    }
}
