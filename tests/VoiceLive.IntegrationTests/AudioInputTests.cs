using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class AudioInputTests
    {
        private const string Sentence = "Please book a table for two at seven.";

        internal static byte[] Concat(IEnumerable<ServerEventResponseAudioDelta> deltas)
        {
            using var audio = new MemoryStream();
            foreach (ServerEventResponseAudioDelta delta in deltas)
            {
                audio.Write(delta.Delta.Span);
            }

            return audio.ToArray();
        }

        [Theory]
        [InlineData("pcm16", 24000, "pcm16")]
        [InlineData("pcm16", 16000, "pcm16_16000hz")]
        [InlineData("pcm16", 8000, "pcm16_8000hz")]
        [InlineData("g711_ulaw", 8000, "g711_ulaw")]
        [InlineData("g711_alaw", 8000, "g711_alaw")]
        public async Task Server_vad_turns_speech_into_an_exact_transcript_and_a_spoken_reply(string inputFormat, int rate, string outputFormat)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            var session = new RequestSession
            {
                InputAudioFormat = inputFormat,
                OutputAudioFormat = outputFormat,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
            };
            if (inputFormat == "pcm16")
            {
                session.InputAudioSamplingRate = rate;
            }

            ServerEventSessionUpdated updated = await Harness.UpdateSessionAsync(connection, reader, session);
            Assert.Equal(rate, updated.Session.InputAudioSamplingRate);

            byte[] audio = EmulatorAudio.Encode(Harness.Utterance(Sentence, rate), inputFormat);
            int bytesPer100Ms = rate / 10 * (inputFormat == "pcm16" ? 2 : 1);
            await Harness.AppendAudioAsync(connection, audio, bytesPer100Ms);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            var started = Single<ServerEventInputAudioBufferSpeechStarted>(events);
            var stopped = Single<ServerEventInputAudioBufferSpeechStopped>(events);
            var committed = Single<ServerEventInputAudioBufferCommitted>(events);
            var created = events.OfType<ServerEventConversationItemCreated>().First();
            var transcription = Single<ServerEventConversationItemInputAudioTranscriptionCompleted>(events);
            var done = Single<ServerEventResponseDone>(events);
            AssertOrder(events, started, stopped, committed, created, transcription, done);

            // Speech starts after 300 ms of silence plus the synthesizer's 200 ms lead; audio_start_ms includes the
            // default 300 ms prefix padding, audio_end_ms the default 500 ms of silence that ended the turn.
            int speechStart = 300 + EmulatorSpeech.LeadingSilenceMs;
            int speechEnd = speechStart + EmulatorSpeech.GetSpeechDurationMs(Sentence);
            Assert.InRange(started.AudioStartMs, speechStart - 300 - 20, speechStart - 300 + 20);
            Assert.InRange(stopped.AudioEndMs, speechEnd + 500 - 30, speechEnd + 500 + 20);
            Assert.Equal(started.ItemId, stopped.ItemId);
            Assert.Equal(started.ItemId, committed.ItemId);
            Assert.Equal(started.ItemId, created.Item!.Id);
            ResponseMessageItem userItem = Assert.IsType<ResponseMessageItem>(created.Item);
            Assert.Equal(MessageRole.User, userItem.Role);
            Assert.Equal(started.ItemId, transcription.ItemId);
            Assert.Equal(Sentence, transcription.Transcript);

            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            string transcript = Single<ServerEventResponseAudioTranscriptDone>(events).Transcript;
            Assert.Equal($"You said: \"{Sentence}\".", transcript);
            byte[] reply = Concat(events.OfType<ServerEventResponseAudioDelta>());
            Assert.NotEmpty(reply);
            Assert.Equal(transcript, EmulatorSpeech.Transcribe(EmulatorAudio.Decode(reply, outputFormat), EmulatorAudio.SampleRateOf(outputFormat)));
        }

        [Fact]
        public async Task Without_turn_detection_nothing_happens_until_commit_and_response_create()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession
            {
                TurnDetection = TurnDetection.Disabled,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
            });

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("hello there", 24000)), 4800);

            // The emulator handles events in order: had VAD reacted to the audio, its events would come before the
            // answer to this probe.
            await connection.Conversation.Item.RetrieveAsync("item_probe", eventId: "probe");
            ServerEventError probe = Assert.IsType<ServerEventError>(await reader.NextAsync());
            Assert.Equal("probe", probe.Error.EventId);

            await connection.InputAudioBuffer.CommitAsync();
            List<ServerEvent> committedEvents = await reader.CollectUntilAsync<ServerEventConversationItemInputAudioTranscriptionCompleted>();
            Assert.IsType<ServerEventInputAudioBufferCommitted>(committedEvents[0]);
            Assert.Contains(committedEvents, e => e is ServerEventConversationItemCreated);
            Assert.DoesNotContain(committedEvents, e => e is ServerEventResponseCreated || e is ServerEventInputAudioBufferSpeechStarted);
            Assert.Equal("hello there", ((ServerEventConversationItemInputAudioTranscriptionCompleted)committedEvents[^1]).Transcript);

            // Still no response until asked for one.
            await connection.Conversation.Item.RetrieveAsync("item_probe", eventId: "probe2");
            ServerEventError probe2 = await reader.WaitForAsync<ServerEventError>();
            Assert.Equal("probe2", probe2.Error.EventId);
            Assert.DoesNotContain(reader.Received, e => e is ServerEventResponseCreated);

            await connection.Response.CreateAsync();
            Assert.IsType<ServerEventResponseCreated>(await reader.NextAsync());
            ServerEventResponseAudioTranscriptDone transcript = await reader.WaitForAsync<ServerEventResponseAudioTranscriptDone>();
            Assert.Equal("You said: \"hello there\".", transcript.Transcript);
            await reader.WaitForAsync<ServerEventResponseDone>();
        }

        [Fact]
        public async Task Clear_empties_the_input_buffer()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("gone", 24000)), 4800);
            await connection.InputAudioBuffer.ClearAsync();
            Assert.IsType<ServerEventInputAudioBufferCleared>(await reader.NextAsync());

            await connection.InputAudioBuffer.CommitAsync(eventId: "commit_empty");
            ServerEventError error = Assert.IsType<ServerEventError>(await reader.NextAsync());
            Assert.Equal("input_audio_buffer_commit_empty", error.Error.Code);
            Assert.Equal("commit_empty", error.Error.EventId);
        }

        [Fact]
        public async Task Input_audio_turn_start_append_end_gets_a_response()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });

            await connection.InputAudio.Turn.StartAsync("turn1");
            await connection.InputAudio.Turn.AppendAsync("turn1", EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("turn based", 24000)));
            await connection.InputAudio.Turn.EndAsync("turn1");

            Assert.IsType<ServerEventInputAudioBufferCommitted>(await reader.NextAsync());
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            Assert.Equal("You said: \"turn based\".", Single<ServerEventResponseAudioTranscriptDone>(events).Transcript);
            Assert.Equal(ResponseStatus.Completed, ((ServerEventResponseDone)events[^1]).Response.Status);
        }

        [Fact]
        public async Task Input_text_delta_and_done_get_a_response()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.InputText.DeltaAsync("txt1", "Hello ");
            await connection.InputText.DeltaAsync("txt1", "emulator");
            await connection.InputText.DoneAsync("txt1");

            ServerEventConversationItemCreated created = Assert.IsType<ServerEventConversationItemCreated>(await reader.NextAsync());
            ResponseMessageItem item = Assert.IsType<ResponseMessageItem>(created.Item);
            Assert.Equal(MessageRole.User, item.Role);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            Assert.Equal("You said: \"Hello emulator\".", Single<ServerEventResponseAudioTranscriptDone>(events).Transcript);
        }

        internal static T Single<T>(List<ServerEvent> events)
            where T : ServerEvent
        {
            List<T> matches = events.OfType<T>().ToList();
            Assert.True(matches.Count == 1, $"Expected one {typeof(T).Name}, got {matches.Count}: [{string.Join(", ", events.Select(e => e.Type))}]");
            return matches[0];
        }

        internal static void AssertOrder(List<ServerEvent> events, params ServerEvent[] expected)
        {
            int[] positions = expected.Select(e => events.IndexOf(e)).ToArray();
            for (int i = 1; i < positions.Length; i++)
            {
                Assert.True(positions[i - 1] < positions[i], $"{expected[i - 1].Type} should come before {expected[i].Type}: [{string.Join(", ", events.Select(e => e.Type))}]");
            }
        }
    }
}
