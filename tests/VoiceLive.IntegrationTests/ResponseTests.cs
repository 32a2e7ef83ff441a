using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class ResponseTests
    {
        [Fact]
        public async Task Audio_response_arrives_in_the_documented_order_with_usage()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a joke"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            // Collapse runs of deltas: what is left is the documented skeleton of one spoken reply.
            var skeleton = new List<string>();
            foreach (ServerEvent e in events)
            {
                bool delta = e is ServerEventResponseAudioDelta || e is ServerEventResponseAudioTranscriptDelta;
                string name = delta ? "deltas" : e.Type;
                if (skeleton.Count == 0 || skeleton[^1] != name)
                {
                    skeleton.Add(name);
                }
            }

            // (conversation.item.created for the assistant item may come along; it is not part of the response's own sequence.)
            Assert.Equal(
                new[]
                {
                    "response.created", "response.output_item.added", "response.content_part.added", "deltas",
                    "response.audio.done", "response.audio_transcript.done", "response.content_part.done", "response.output_item.done", "response.done",
                },
                skeleton.Where(s => s != "conversation.item.created").ToArray());

            var created = (ServerEventResponseCreated)events[0];
            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(created.Response.Id, done.Response.Id);
            Assert.Equal(ResponseStatus.InProgress, created.Response.Status);
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            Assert.NotNull(done.Response.Usage);
            Assert.True(done.Response.Usage!.TotalTokens > 0);
            Assert.Equal(done.Response.Usage.InputTokens + done.Response.Usage.OutputTokens, done.Response.Usage.TotalTokens);
            ResponseMessageItem output = Assert.IsType<ResponseMessageItem>(Assert.Single(done.Response.Output));
            Assert.Equal(MessageRole.Assistant, output.Role);

            // Every delta belongs to this response and item; the transcript deltas add up to the final transcript.
            string itemId = output.Id!;
            var audio = events.OfType<ServerEventResponseAudioDelta>().ToList();
            var words = events.OfType<ServerEventResponseAudioTranscriptDelta>().ToList();
            Assert.NotEmpty(audio);
            Assert.NotEmpty(words);
            Assert.All(audio, d => Assert.Equal((done.Response.Id, itemId), (d.ResponseId, d.ItemId)));
            string transcript = events.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript;
            Assert.Equal(transcript, string.Concat(words.Select(w => w.Delta)));
            Assert.Equal("You said: \"Tell me a joke\".", transcript);
            byte[] pcm = AudioInputTests.Concat(audio);
            Assert.Equal(transcript, EmulatorSpeech.Transcribe(EmulatorAudio.FromBytes(pcm), 24000));
        }

        [Fact]
        public async Task Text_only_modality_gives_text_deltas_and_no_audio()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Just text please"));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();
            var parameters = new ResponseCreateParams();
            parameters.Modalities.Add(Modality.Text);
            await connection.Response.CreateAsync(parameters);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.DoesNotContain(events, e => e is ServerEventResponseAudioDelta || e is ServerEventResponseAudioTranscriptDelta || e is ServerEventResponseAudioDone);
            var deltas = events.OfType<ServerEventResponseTextDelta>().ToList();
            Assert.NotEmpty(deltas);
            string text = events.OfType<ServerEventResponseTextDone>().Single().Text;
            Assert.Equal("You said: \"Just text please\".", text);
            Assert.Equal(text, string.Concat(deltas.Select(d => d.Delta)));
            Assert.Equal(ResponseStatus.Completed, ((ServerEventResponseDone)events[^1]).Response.Status);
        }

        [Fact]
        public async Task Cancel_ends_the_response_as_cancelled()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta first = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            await connection.Response.CancelAsync(first.ResponseId);
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();

            Assert.Equal(first.ResponseId, done.Response.Id);
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            ResponseCancelledDetails details = Assert.IsType<ResponseCancelledDetails>(done.Response.StatusDetails);
            Assert.Equal(ResponseCancelledReason.ClientCancelled, details.Reason);
            Assert.Single(reader.Received.OfType<ServerEventResponseAudioTranscriptDone>());

            // Nothing left to cancel.
            await connection.Response.CancelAsync(eventId: "again");
            ServerEventError error = await reader.WaitForAsync<ServerEventError>();
            Assert.Equal("response_cancel_not_active", error.Error.Code);
        }

        [Fact]
        public async Task Barge_in_cancels_the_response_and_the_tracker_truncates_what_was_played()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-pacing=realtime");
            await using VoiceLiveConnection __ = connection;

            // Interrupt, but do not start a second response after the user's turn: the test ends at the truncation.
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = new ServerVad { CreateResponse = false, InterruptResponse = true } });
            var tracker = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
            await connection.Response.CreateAsync();
            ServerEventResponseAudioDelta first = await reader.WaitForAsync<ServerEventResponseAudioDelta>();
            tracker.OnAudioDelta(first);

            // The app "played" 50 ms of the first chunk, then the user speaks over the assistant.
            tracker.OnAudioPlayed(24000 * 2 / 20);
            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("stop", 24000, leadMs: 0)), 4800);

            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            foreach (ServerEventResponseAudioDelta delta in events.OfType<ServerEventResponseAudioDelta>())
            {
                tracker.OnAudioDelta(delta);
            }

            ServerEventInputAudioBufferSpeechStarted started = events.OfType<ServerEventInputAudioBufferSpeechStarted>().Single();
            var done = (ServerEventResponseDone)events[^1];
            AudioInputTests.AssertOrder(events, started, done);
            Assert.Equal(first.ResponseId, done.Response.Id);
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            ResponseCancelledDetails details = Assert.IsType<ResponseCancelledDetails>(done.Response.StatusDetails);
            Assert.Equal(ResponseCancelledReason.TurnDetected, details.Reason);

            Assert.Equal(50, tracker.PlayedMs);
            ClientEvent? interruption = tracker.CreateInterruptionEvent();
            Assert.NotNull(interruption);
            await connection.SendAsync(interruption!);
            ServerEventConversationItemTruncated truncated = await reader.WaitForAsync<ServerEventConversationItemTruncated>();
            Assert.Equal(first.ItemId, truncated.ItemId);
            Assert.Equal(0, truncated.ContentIndex);
            Assert.Equal(50, truncated.AudioEndMs);
        }
    }
}
