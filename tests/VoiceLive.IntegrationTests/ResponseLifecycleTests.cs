using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>The emulator's response lifecycle as the client sees it: one active response until its response.done, and the closing events of a cancelled one.</summary>
    public class ResponseLifecycleTests
    {
        private const string ShortAnswer = "Just a moment.";

        private const string LongAnswer = "This is a long answer that takes several seconds to say out loud, so it can be cut short.";

        [Fact]
        public async Task Response_create_after_the_last_output_item_but_before_response_done_is_refused()
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BeforeResponseDone = (_, _) => release.Task);
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("hello there"));
            await connection.Response.CreateAsync();
            ServerEventResponseOutputItemDone itemDone = await reader.WaitForAsync<ServerEventResponseOutputItemDone>();
            await connection.Response.CreateAsync(eventId: "too_early");
            ServerEventError error = await reader.WaitForAsync<ServerEventError>();

            Assert.Equal("conversation_already_has_active_response", error.Error.Code);
            Assert.Equal("invalid_request_error", error.Error.Type);
            Assert.Equal("too_early", error.Error.EventId);
            Assert.Contains(itemDone.ResponseId, error.Error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(reader.Received, e => e is ServerEventResponseDone);

            // The active response goes on unaffected and ends normally; then a new one is accepted.
            release.SetResult();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(itemDone.ResponseId, done.Response.Id);
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            Assert.Equal("You said: \"hello there\".", Assert.IsType<ResponseAudioContentPart>(Assert.IsType<ResponseMessageItem>(Assert.Single(done.Response.Output)).Content[0]).Transcript);
            Assert.Single(reader.OfType<ServerEventResponseCreated>());

            await connection.Response.CreateAsync();
            ServerEventResponseCreated second = await reader.WaitForAsync<ServerEventResponseCreated>();
            Assert.NotEqual(done.Response.Id, second.Response.Id);
        }

        [Fact]
        public async Task Response_create_during_streaming_is_refused_and_the_response_completes_in_full()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(ShortAnswer)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            await connection.Response.CreateAsync(eventId: "second");
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>(timeout: TimeSpan.FromSeconds(30));

            ServerEventError error = events.OfType<ServerEventError>().Single();
            Assert.Equal(("conversation_already_has_active_response", "second"), (error.Error.Code, error.Error.EventId));
            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            Assert.Equal(ShortAnswer, events.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
            Assert.Single(reader.OfType<ServerEventResponseCreated>());
        }

        [Fact]
        public async Task Response_create_sent_as_soon_as_response_done_arrives_is_accepted()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            for (int i = 0; i < 10; i++)
            {
                await connection.Response.CreateAsync();
                await reader.WaitForAsync<ServerEventResponseDone>();
            }

            Assert.Empty(reader.OfType<ServerEventError>());
            Assert.Equal(10, reader.OfType<ServerEventResponseDone>().Count(d => d.Response.Status == ResponseStatus.Completed));
        }

        [Fact]
        public async Task A_cancelled_response_closes_its_item_and_counts_only_what_was_sent()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(LongAnswer)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta first = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            await connection.Response.CancelAsync(first.ResponseId);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            Assert.Equal(ResponseCancelledReason.ClientCancelled, Assert.IsType<ResponseCancelledDetails>(done.Response.StatusDetails).Reason);
            string said = AssertClosedBeforeDone(reader.Received, first.ItemId);
            Assert.True(said.Length < LongAnswer.Length, $"The cancel came after the whole transcript: '{said}'.");

            // Usage: 50 ms of audio or 4 characters of text per token, for what went out only.
            int audioMs = AudioInputTests.Concat(reader.OfType<ServerEventResponseAudioDelta>()).Length / 48;
            Assert.True(audioMs < EmulatorSpeech.GetDurationMs(LongAnswer));
            Assert.Equal(audioMs / 50, done.Response.Usage!.OutputTokenDetails!.AudioTokens);
            Assert.Equal((said.Length + 3) / 4, done.Response.Usage.OutputTokenDetails.TextTokens);
            Assert.Equal((audioMs / 50) + ((said.Length + 3) / 4), done.Response.Usage.OutputTokens);
        }

        [Fact]
        public async Task A_response_cancelled_during_a_function_call_closes_the_call_item_as_incomplete()
        {
            string arguments = "{\"text\":\"" + new string('x', 2000) + "\"}";
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.CallFunction("echo", arguments)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-delay-ms=10");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseFunctionCallArgumentsDelta>();
            await connection.Response.CancelAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>(timeout: TimeSpan.FromSeconds(30));

            Assert.DoesNotContain(reader.Received, e => e is ServerEventResponseFunctionCallArgumentsDone);
            ResponseFunctionCallItem item = Assert.IsType<ResponseFunctionCallItem>(events.OfType<ServerEventResponseOutputItemDone>().Single().Item);
            string sent = string.Concat(reader.OfType<ServerEventResponseFunctionCallArgumentsDelta>().Select(d => d.Delta));
            Assert.Equal((ResponseItemStatus.Incomplete, sent), (item.Status, item.Arguments));
            Assert.True(sent.Length < arguments.Length);
            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            Assert.Equal((sent.Length + 3) / 4, done.Response.Usage!.OutputTokenDetails!.TextTokens);
        }

        [Fact]
        public async Task A_response_held_before_response_done_can_still_be_cancelled()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BeforeResponseDone = (_, cancellationToken) => Task.Delay(System.Threading.Timeout.Infinite, cancellationToken));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            ServerEventResponseOutputItemDone itemDone = await reader.WaitForAsync<ServerEventResponseOutputItemDone>();
            await connection.Response.CancelAsync(itemDone.ResponseId);
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();

            Assert.Equal((itemDone.ResponseId, ResponseStatus.Cancelled), (done.Response.Id, done.Response.Status));
            await connection.Response.CancelAsync();
            Assert.Equal("response_cancel_not_active", (await reader.WaitForAsync<ServerEventError>()).Error.Code);
        }

        [Fact]
        public async Task A_barge_in_closes_the_interrupted_item_before_response_done()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(LongAnswer)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = new ServerVad { CreateResponse = false } });

            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta first = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("stop", 24000)), 4800);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.Contains(events, e => e is ServerEventInputAudioBufferSpeechStarted);
            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            Assert.Equal(ResponseCancelledReason.TurnDetected, Assert.IsType<ResponseCancelledDetails>(done.Response.StatusDetails).Reason);
            AssertClosedBeforeDone(reader.Received, first.ItemId);
        }

        [Fact]
        public async Task Truncating_audio_deletes_the_items_transcript()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("say something"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            string itemId = Assert.Single(done.Response.Output).Id!;
            await connection.Conversation.Item.TruncateAsync(itemId, 0, 300);
            await reader.WaitForAsync<ServerEventConversationItemTruncated>();
            await connection.Conversation.Item.RetrieveAsync(itemId);
            ServerEventConversationItemRetrieved retrieved = await reader.WaitForAsync<ServerEventConversationItemRetrieved>();

            ResponseMessageItem item = Assert.IsType<ResponseMessageItem>(retrieved.Item);
            Assert.Equal(string.Empty, Assert.IsType<ResponseAudioContentPart>(Assert.Single(item.Content)).Transcript);
        }

        [Fact]
        public async Task An_openai_voice_object_with_an_unknown_name_is_rejected_like_the_string_form()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Session.UpdateAsync(new RequestSession { Voice = new OpenAIVoice("nope") }, eventId: "bad_voice");
            ServerEventError error = await reader.WaitForAsync<ServerEventError>();

            Assert.Equal(("invalid_value", "session.voice.name", "bad_voice"), (error.Error.Code, error.Error.Param, error.Error.EventId));
            Assert.Contains("'nope'", error.Error.Message, StringComparison.Ordinal);
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Voice = new OpenAIVoice(OpenAIVoiceName.Alloy) });
        }

        /// <summary>
        /// Asserts that the item's closing events came, in the service's order, before response.done, with the item
        /// incomplete and the transcript equal to the transcript deltas sent; returns that transcript.
        /// </summary>
        private static string AssertClosedBeforeDone(List<ServerEvent> received, string itemId)
        {
            List<string> closing = received
                .Where(e => e is ServerEventResponseAudioDone or ServerEventResponseAudioTranscriptDone or ServerEventResponseContentPartDone or ServerEventResponseOutputItemDone or ServerEventResponseDone)
                .Select(e => e.Type)
                .ToList();
            Assert.Equal(new[] { "response.audio.done", "response.audio_transcript.done", "response.content_part.done", "response.output_item.done", "response.done" }, closing);

            string deltas = string.Concat(received.OfType<ServerEventResponseAudioTranscriptDelta>().Select(d => d.Delta));
            ServerEventResponseAudioTranscriptDone transcript = received.OfType<ServerEventResponseAudioTranscriptDone>().Single();
            Assert.Equal((itemId, deltas), (transcript.ItemId, transcript.Transcript));
            Assert.Equal(deltas, Assert.IsType<ResponseAudioContentPart>(received.OfType<ServerEventResponseContentPartDone>().Single().Part).Transcript);
            ResponseMessageItem item = Assert.IsType<ResponseMessageItem>(received.OfType<ServerEventResponseOutputItemDone>().Single().Item);
            Assert.Equal((itemId, ResponseItemStatus.Incomplete), (item.Id, item.Status));
            ResponseMessageItem final = Assert.IsType<ResponseMessageItem>(Assert.Single(received.OfType<ServerEventResponseDone>().Single().Response.Output));
            Assert.Equal(ResponseItemStatus.Incomplete, final.Status);
            return deltas;
        }
    }
}
