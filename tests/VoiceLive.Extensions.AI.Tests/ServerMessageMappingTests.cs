using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>Every server event of real turns on the emulator, as the MEAI messages the provider makes of it.</summary>
    public class ServerMessageMappingTests
    {
        [Fact]
        public async Task Every_message_carries_its_typed_event_and_event_id()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Instructions = "Be brief." });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "hello there");
            List<RealtimeServerMessage> messages = await reader.UntilResponseDoneAsync();

            Assert.All(messages, message =>
            {
                ServerEvent serverEvent = Assert.IsAssignableFrom<ServerEvent>(message.RawRepresentation);
                Assert.Equal(serverEvent.EventId, message.MessageId);
                Assert.False(string.IsNullOrEmpty(message.MessageId));
            });
            Assert.IsType<ServerEventSessionCreated>(messages[0].RawRepresentation);
            Assert.Equal(RealtimeServerMessageType.RawContentOnly, messages[0].Type);
            RealtimeServerMessage updated = messages.Single(m => m.RawRepresentation is ServerEventSessionUpdated);
            Assert.Equal(RealtimeServerMessageType.RawContentOnly, updated.Type);
        }

        [Fact]
        public async Task An_audio_reply_maps_to_response_item_audio_and_transcript_messages()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "hello there");
            List<RealtimeServerMessage> messages = await reader.UntilResponseDoneAsync();

            // The user's item, then the assistant's: conversation items, never output items (function invocation acts on those).
            List<ResponseOutputItemRealtimeServerMessage> added = messages.Where(m => m.Type == RealtimeServerMessageType.ConversationItemAdded).Cast<ResponseOutputItemRealtimeServerMessage>().ToList();
            Assert.Equal(2, added.Count);
            Assert.All(added, m => Assert.IsType<ServerEventConversationItemCreated>(m.RawRepresentation));
            Assert.Equal(ChatRole.User, added[0].Item!.Role);
            Assert.Equal("hello there", Assert.IsType<TextContent>(Assert.Single(added[0].Item!.Contents)).Text);
            Assert.Equal(ChatRole.Assistant, added[1].Item!.Role);

            var created = Assert.IsType<ResponseCreatedRealtimeServerMessage>(messages.Single(m => m.Type == RealtimeServerMessageType.ResponseCreated));
            var done = Assert.IsType<ResponseCreatedRealtimeServerMessage>(messages[^1]);
            string responseId = Assert.IsType<ServerEventResponseDone>(done.RawRepresentation).Response.Id!;
            Assert.Equal(responseId, created.ResponseId);
            Assert.Equal(responseId, done.ResponseId);
            Assert.Equal(RealtimeResponseStatus.Completed, done.Status);
            Assert.NotNull(done.Usage);
            TokenUsage usage = ((ServerEventResponseDone)done.RawRepresentation!).Response.Usage!;
            Assert.Equal(usage.TotalTokens, done.Usage!.TotalTokenCount);
            Assert.Equal(usage.InputTokens, done.Usage.InputTokenCount);
            Assert.Equal(usage.OutputTokens, done.Usage.OutputTokenCount);
            Assert.Equal(usage.OutputTokenDetails!.AudioTokens, done.Usage.OutputAudioTokenCount);

            var itemAdded = Assert.IsType<ResponseOutputItemRealtimeServerMessage>(messages.Single(m => m.Type == RealtimeServerMessageType.ResponseOutputItemAdded));
            var itemDone = Assert.IsType<ResponseOutputItemRealtimeServerMessage>(messages.Single(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone));
            Assert.Equal(responseId, itemDone.ResponseId);
            Assert.Equal(0, itemDone.OutputIndex);
            Assert.Equal(itemAdded.Item!.Id, itemDone.Item!.Id);
            string transcript = messages.OfType<OutputTextAudioRealtimeServerMessage>().Single(m => m.Type == RealtimeServerMessageType.OutputAudioTranscriptionDone).Text!;
            Assert.Equal("You said: \"hello there\".", transcript);
            Assert.Contains(itemDone.Item.Contents, c => c is TextContent text && text.Text == transcript);

            // Transcript deltas add up to the transcript; audio deltas carry the event's bytes as base64.
            List<OutputTextAudioRealtimeServerMessage> transcriptDeltas = messages.OfType<OutputTextAudioRealtimeServerMessage>().Where(m => m.Type == RealtimeServerMessageType.OutputAudioTranscriptionDelta).ToList();
            Assert.Equal(transcript, string.Concat(transcriptDeltas.Select(d => d.Text)));
            List<OutputTextAudioRealtimeServerMessage> audioDeltas = messages.OfType<OutputTextAudioRealtimeServerMessage>().Where(m => m.Type == RealtimeServerMessageType.OutputAudioDelta).ToList();
            Assert.NotEmpty(audioDeltas);
            Assert.All(audioDeltas, delta =>
            {
                var raw = (ServerEventResponseAudioDelta)delta.RawRepresentation!;
                Assert.Equal(raw.Delta.ToArray(), Convert.FromBase64String(delta.Audio!));
                Assert.Equal(responseId, delta.ResponseId);
                Assert.Equal(itemDone.Item.Id, delta.ItemId);
                Assert.Equal(0, delta.OutputIndex);
                Assert.Equal(0, delta.ContentIndex);
            });
            byte[] audio = audioDeltas.SelectMany(d => Convert.FromBase64String(d.Audio!)).ToArray();
            Assert.Equal(transcript, EmulatorSpeech.Transcribe(EmulatorAudio.FromBytes(audio), 24000));
            Assert.Single(messages, m => m.Type == RealtimeServerMessageType.OutputAudioDone);

            // Content parts have no MEAI type: raw messages.
            Assert.Contains(messages, m => m.Type == RealtimeServerMessageType.RawContentOnly && m.RawRepresentation is ServerEventResponseContentPartAdded);
            Assert.Contains(messages, m => m.Type == RealtimeServerMessageType.RawContentOnly && m.RawRepresentation is ServerEventResponseContentPartDone);
        }

        [Fact]
        public async Task A_text_reply_maps_to_output_text_messages()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { OutputModalities = new[] { "text" } });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "ping");
            List<RealtimeServerMessage> messages = await reader.UntilResponseDoneAsync();

            List<OutputTextAudioRealtimeServerMessage> text = messages.OfType<OutputTextAudioRealtimeServerMessage>().ToList();
            Assert.DoesNotContain(text, m => m.Type == RealtimeServerMessageType.OutputAudioDelta);
            string done = text.Single(m => m.Type == RealtimeServerMessageType.OutputTextDone).Text!;
            Assert.Equal("You said: \"ping\".", done);
            Assert.Equal(done, string.Concat(text.Where(m => m.Type == RealtimeServerMessageType.OutputTextDelta).Select(m => m.Text)));
            var created = (ResponseCreatedRealtimeServerMessage)messages.Single(m => m.Type == RealtimeServerMessageType.ResponseCreated);
            Assert.Equal(new[] { "text" }, created.OutputModalities);
        }

        [Fact]
        public async Task Spoken_input_maps_to_input_transcription_messages_and_raw_speech_events()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions
            {
                TranscriptionOptions = new TranscriptionOptions(),
                VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = true },
            });
            await using var reader = new MessageReader(session);
            await reader.UntilAsync<ServerEventSessionUpdated>();

            byte[] speech = EmulatorAudio.ToBytes(EmulatorSpeech.Silence(300, 24000).Concat(EmulatorSpeech.Synthesize("good morning", 24000)).Concat(EmulatorSpeech.Silence(1000, 24000)).ToArray());
            await session.SendAsync(new InputAudioBufferAppendRealtimeClientMessage(new DataContent(speech, "audio/pcm")));
            List<RealtimeServerMessage> messages = await reader.UntilResponseDoneAsync();

            Assert.Contains(messages, m => m.Type == RealtimeServerMessageType.RawContentOnly && m.RawRepresentation is ServerEventInputAudioBufferSpeechStarted);
            Assert.Contains(messages, m => m.Type == RealtimeServerMessageType.RawContentOnly && m.RawRepresentation is ServerEventInputAudioBufferSpeechStopped);
            Assert.Contains(messages, m => m.Type == RealtimeServerMessageType.RawContentOnly && m.RawRepresentation is ServerEventInputAudioBufferCommitted);
            var completed = messages.OfType<InputAudioTranscriptionRealtimeServerMessage>().Single(m => m.Type == RealtimeServerMessageType.InputAudioTranscriptionCompleted);
            Assert.Equal("good morning", completed.Transcription);
            Assert.Equal(((ServerEventConversationItemInputAudioTranscriptionCompleted)completed.RawRepresentation!).ItemId, completed.ItemId);
            Assert.Equal(0, completed.ContentIndex);
            List<InputAudioTranscriptionRealtimeServerMessage> deltas = messages.OfType<InputAudioTranscriptionRealtimeServerMessage>().Where(m => m.Type == RealtimeServerMessageType.InputAudioTranscriptionDelta).ToList();
            Assert.NotEmpty(deltas);
            Assert.All(deltas, d => Assert.Equal(completed.ItemId, d.ItemId));
        }

        [Fact]
        public async Task A_server_error_maps_to_an_error_message_naming_the_client_message()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            await using var reader = new MessageReader(session);

            await session.SendAsync(new RealtimeClientMessage { RawRepresentation = new ClientEventConversationItemDelete("no_such_item") { EventId = "evt_delete_1" } });
            List<RealtimeServerMessage> messages = await reader.CollectUntilAsync(m => m.Type == RealtimeServerMessageType.Error);

            var error = Assert.IsType<ErrorRealtimeServerMessage>(messages[^1]);
            Assert.Equal("item_not_found", error.Error!.ErrorCode);
            Assert.Equal("item_id", error.Error.Details);
            Assert.Contains("no_such_item", error.Error.Message, StringComparison.Ordinal);
            Assert.Equal("evt_delete_1", error.OriginatingMessageId);
            Assert.IsType<ServerEventError>(error.RawRepresentation);
        }

        [Fact]
        public async Task A_failed_response_carries_its_error()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => throw new InvalidOperationException("responder broke")));
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "hello");
            var done = Assert.IsType<ResponseCreatedRealtimeServerMessage>((await reader.UntilResponseDoneAsync())[^1]);

            Assert.Equal(RealtimeResponseStatus.Failed, done.Status);
            Assert.NotNull(done.Error);
            Assert.False(string.IsNullOrEmpty(done.Error!.Message));
        }
    }
}
