using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>The tracker against the emulator: after each kind of turn it holds what the service holds.</summary>
    public class ConversationTrackerTests
    {
        [Fact]
        public async Task After_text_VAD_manual_function_call_truncate_and_delete_turns_every_item_matches_what_the_service_returns()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            using var tracker = new ConversationTracker(connection);
            connection.Tools.Register(AIFunctionFactory.Create((string location) => $"sunny in {location}", "get_weather"));
            var session = new RequestSession
            {
                TurnDetection = new ServerVad(),
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
                ToolChoice = ToolChoice.Auto,
            };
            session.Tools.Add(connection.Tools.Functions[0].ToFunctionTool());
            await Harness.UpdateSessionAsync(connection, reader, session);

            // Text turn.
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Hello there"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone textReply = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Null(tracker.ActiveResponse);
            Assert.Equal(textReply.Response.Id, tracker.LastResponse!.Id);
            Assert.Equal(textReply.Response.Usage!.TotalTokens, tracker.LastResponse.Usage!.TotalTokens);

            // A VAD turn: speech, transcription, the response server VAD creates.
            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("good morning", 24000)), 4800);
            await UntilBothAsync(reader);

            // A function call the library answers, and the follow-up response.
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather in Paris?"));
            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseDone>();
            await reader.WaitForAsync<ServerEventResponseDone>();

            // A manual turn: no VAD, the app commits and asks.
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });
            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("by hand", 24000)), 4800);
            await connection.InputAudioBuffer.CommitAsync();
            await reader.WaitForAsync<ServerEventInputAudioBufferCommitted>();
            await connection.Response.CreateAsync();
            ServerEventResponseDone manualReply = await UntilBothAsync(reader);

            // Truncate the last answer, delete the first one.
            string lastAnswer = manualReply.Response.Output.Single().Id!;
            await connection.Conversation.Item.TruncateAsync(lastAnswer, 0, 100);
            await reader.WaitForAsync<ServerEventConversationItemTruncated>();
            string firstAnswer = textReply.Response.Output.Single().Id!;
            await connection.Conversation.Item.DeleteAsync(firstAnswer);
            await reader.WaitForAsync<ServerEventConversationItemDeleted>();

            IReadOnlyList<TrackedItem> items = tracker.Items;
            Assert.Equal(
                new[]
                {
                    "message user", "message user", "message assistant", "message user",
                    "function_call ", "function_call_output ", "message assistant", "message user", "message assistant",
                },
                items.Select(i => $"{i.Type} {i.Role}").ToArray());
            Assert.Null(tracker.GetItem(firstAnswer));

            TrackedItem spoken = items[1];
            Assert.Equal("good morning", spoken.Transcript);
            Assert.True(spoken.HasAudio);
            Assert.InRange(spoken.AudioDurationMs!.Value, 500, 3000);
            TrackedItem call = items[4];
            Assert.Equal("get_weather", call.Name);
            Assert.Equal("sunny in Paris", call.Output);
            Assert.Equal(call.CallId, items[5].CallId);
            TrackedItem manual = items[7];
            Assert.Equal("by hand", manual.Transcript);
            int manualMs = EmulatorSpeech.Synthesize("by hand", 24000).Length * 1000 / 24000;
            Assert.Equal(manualMs, manual.AudioDurationMs);
            TrackedItem truncated = items[8];
            Assert.True(truncated.IsTruncated);
            Assert.Equal(100, truncated.AudioDurationMs);

            // Item by item, the tracker agrees with what the service returns for conversation.item.retrieve.
            foreach (TrackedItem item in items)
            {
                await connection.Conversation.Item.RetrieveAsync(item.Id);
                ServerEventConversationItemRetrieved retrieved = await reader.WaitForAsync<ServerEventConversationItemRetrieved>();
                Assert.Equal(Describe(retrieved.Item!), Describe(tracker.GetItem(item.Id)!));
            }

            Assert.Empty(reader.OfType<ServerEventError>());
        }

        [Fact]
        public async Task A_tracker_that_is_disposed_stops_following_and_keeps_its_last_state()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            var tracker = new ConversationTracker(connection);
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("one"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();
            tracker.Dispose();
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("two"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();

            Assert.Equal("one", Assert.Single(tracker.Items).Text);
        }

        /// <summary>Reads until both the response's done and the input transcription arrived, in whichever order.</summary>
        private static async Task<ServerEventResponseDone> UntilBothAsync(EventReader reader)
        {
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            if (!events.OfType<ServerEventConversationItemInputAudioTranscriptionCompleted>().Any())
            {
                await reader.WaitForAsync<ServerEventConversationItemInputAudioTranscriptionCompleted>();
            }

            return (ServerEventResponseDone)events[^1];
        }

        private static string Describe(TrackedItem item)
            => Format(item.Id, item.Type, item.Role, item.Status, item.Text, item.Transcript, item.CallId, item.Name, item.Arguments, item.Type == ItemType.FunctionCall ? null : item.Output);

        private static string Describe(ResponseItem item)
        {
            switch (item)
            {
                case ResponseMessageItem message:
                    string? text = message.Content.Select(p => p switch { RequestTextContentPart t => t.Text, ResponseTextContentPart t => t.Text, _ => null }).FirstOrDefault(t => t is not null);
                    string? transcript = message.Content.Select(p => p switch { RequestAudioContentPart a => a.Transcript, ResponseAudioContentPart a => a.Transcript, _ => null }).FirstOrDefault(t => t is not null);
                    return Format(item.Id!, item.Type, message.Role, message.Status, text, transcript, null, null, null, null);
                case ResponseFunctionCallItem call:
                    return Format(item.Id!, item.Type, null, call.Status, null, null, call.CallId, call.Name, call.Arguments, null);
                case ResponseFunctionCallOutputItem output:
                    return Format(item.Id!, item.Type, null, null, null, null, output.CallId, null, null, output.Output);
                default:
                    throw new InvalidOperationException("unexpected item " + item.Type);
            }
        }

        private static string Format(string id, ItemType type, MessageRole? role, ResponseItemStatus? status, string? text, string? transcript, string? callId, string? name, string? arguments, string? output)
            => $"{id} {type} role={role} status={status} text={text} transcript={transcript} call={callId} name={name} arguments={arguments} output={output}";
    }
}
