using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.WireShape
{
    /// <summary>
    /// Every example of the api-version v1 contract in the spec reads into its typed class (Fixtures/v1-spec-*.jsonl,
    /// sources in Fixtures/v1-spec-examples.md). The v1 session and response objects are nested: they read into the
    /// same classes as the flat shape of the dated versions.
    /// </summary>
    public class V1SpecExampleTests
    {
        public static IEnumerable<object[]> ServerExamples() => Lines("v1-spec-server-events.jsonl");

        public static IEnumerable<object[]> ClientExamples() => Lines("v1-spec-client-events.jsonl");

        [Theory]
        [MemberData(nameof(ServerExamples))]
        public void A_v1_server_example_reads_into_its_typed_class(string type, string json)
        {
            ServerEvent evt = ServerEvent.Parse(json);

            Assert.IsNotType<MalformedServerEvent>(evt);
            Assert.IsNotType<UnknownServerEvent>(evt);
            Assert.Equal(type, evt.Type);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(evt.RawJson.ToString())), "RawJson keeps the frame as it came");
            AssertNoStrayMembers(evt);
        }

        [Theory]
        [MemberData(nameof(ClientExamples))]
        public void A_v1_client_example_reads_into_its_typed_class(string type, string json)
        {
            ClientEvent evt = ClientEvent.Parse(json);

            Assert.Equal(type, evt.Type);
            Assert.Equal(ClientEventRegistry.GetTypeInfo(type)!.Type, evt.GetType());
            if (evt is ClientEventSessionUpdate update)
            {
                Assert.DoesNotContain("type", update.Session.AdditionalProperties.Keys);
                Assert.DoesNotContain("audio", update.Session.AdditionalProperties.Keys);
            }
        }

        [Fact]
        public void The_v1_session_created_example_reads_every_nested_setting()
        {
            var created = Assert.IsType<ServerEventSessionCreated>(ServerEvent.Parse(Example("v1-spec-server-events.jsonl", "session.created")));
            ResponseSession session = created.Session;

            Assert.Equal("sess_C9G5QPteg4UIbotdKLoYQ", session.Id);
            Assert.Equal(new[] { Modality.Audio }, session.Modalities.ToArray());
            Assert.Equal(InputAudioFormat.Pcm16, session.InputAudioFormat);
            Assert.Null(session.InputAudioSamplingRate);
            Assert.Equal(OutputAudioFormat.Pcm16, session.OutputAudioFormat);
            Assert.Equal("marin", Assert.IsType<OpenAIVoice>(session.Voice).Name.ToString());
            ServerVad vad = Assert.IsType<ServerVad>(session.TurnDetection);
            Assert.Equal(0.5, vad.Threshold);
            Assert.Equal(200, vad.SilenceDurationMs);
            Assert.Null(vad.IdleTimeoutMs);
            Assert.True(session.MaxResponseOutputTokens!.Value.IsInfinite);
            Assert.Null(session.Tracing);
            Assert.Null(session.Prompt);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1756324625), session.ExpiresAt);
            Assert.Equal(new[] { "output_audio_speed" }, session.AdditionalProperties.Keys.ToArray());
        }

        [Fact]
        public void The_v1_response_done_example_reads_output_audio_content_and_the_nested_audio_output()
        {
            var done = Assert.IsType<ServerEventResponseDone>(ServerEvent.Parse(Example("v1-spec-server-events.jsonl", "response.done")));

            Assert.Equal(new[] { Modality.Audio }, done.Response.Modalities.ToArray());
            Assert.Equal(OutputAudioFormat.Pcm16, done.Response.OutputAudioFormat);
            Assert.Equal("alloy", Assert.IsType<OpenAIVoice>(done.Response.Voice).Name.ToString());
            ResponseMessageItem message = Assert.IsType<ResponseMessageItem>(Assert.Single(done.Response.Output));
            ResponseAudioContentPart part = Assert.IsType<ResponseAudioContentPart>(Assert.Single(message.Content));
            Assert.Equal("Loud and clear! I can hear you perfectly. How can I help you today?", part.Transcript);
            Assert.Equal(253, done.Response.Usage!.TotalTokens);
        }

        [Fact]
        public void The_v1_session_update_example_reads_formats_voice_and_turn_detection()
        {
            var update = Assert.IsType<ClientEventSessionUpdate>(ClientEvent.Parse(Examples("v1-spec-client-events.jsonl", "session.update").Last()));

            Assert.Equal(new[] { Modality.Audio }, update.Session.Modalities.ToArray());
            Assert.Equal(InputAudioFormat.Pcm16, update.Session.InputAudioFormat);
            Assert.Equal(OutputAudioFormat.Pcm16, update.Session.OutputAudioFormat);
            Assert.Equal("alloy", Assert.IsType<OpenAIVoice>(update.Session.Voice).Name.ToString());
            Assert.IsType<ServerVad>(update.Session.TurnDetection);
        }

        [Fact]
        public void The_v1_out_of_band_response_create_example_reads_conversation_and_input_with_an_item_reference()
        {
            var create = Assert.IsType<ClientEventResponseCreate>(ClientEvent.Parse(Examples("v1-spec-client-events.jsonl", "response.create").Last()));
            ResponseCreateParams response = create.Response!;

            Assert.Equal(ResponseConversation.None, response.Conversation);
            Assert.Equal(new[] { Modality.Text }, response.Modalities.ToArray());
            Assert.Equal("item_12345", Assert.IsType<ItemReferenceItem>(response.Input[0]).Id);
            Assert.IsType<UserMessageItem>(response.Input[1]);
            Assert.Empty(response.Tools);
            Assert.Equal("summarization", response.Metadata["response_purpose"]);
        }

        [Fact]
        public void The_v1_conversation_item_done_example_reads_output_audio_as_the_audio_part()
        {
            var done = Assert.IsType<ServerEventConversationItemDone>(ServerEvent.Parse(Example("v1-spec-server-events.jsonl", "conversation.item.done")));

            ResponseMessageItem message = Assert.IsType<ResponseMessageItem>(done.Item);
            Assert.Equal(ContentPartType.Audio, Assert.IsType<ResponseAudioContentPart>(Assert.Single(message.Content)).Type);
        }

        [Fact]
        public void The_v1_conversation_created_example_reads_the_conversation()
        {
            var created = Assert.IsType<ServerEventConversationCreated>(ServerEvent.Parse(Example("v1-spec-server-events.jsonl", "conversation.created")));

            Assert.Equal("event_9101", created.EventId);
            Assert.Equal("conv_001", created.Conversation.Id);
            Assert.Equal("realtime.conversation", created.Conversation.Object);
            Assert.Empty(created.Conversation.AdditionalProperties);
        }

        [Fact]
        public void The_v1_dtmf_example_reads_the_key_and_when_it_was_received()
        {
            var dtmf = Assert.IsType<ServerEventInputAudioBufferDtmfEventReceived>(ServerEvent.Parse(Example("v1-spec-server-events.jsonl", "input_audio_buffer.dtmf_event_received")));

            Assert.Equal("9", dtmf.Key);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763605109), dtmf.ReceivedAt);
            Assert.Null(dtmf.EventId);
        }

        private static void AssertNoStrayMembers(ServerEvent evt)
        {
            // The nested members were all moved to typed properties (speed has no flat property and keeps its v1 name).
            if (evt is ServerEventSessionCreated or ServerEventSessionUpdated)
            {
                ResponseSession session = evt is ServerEventSessionCreated c ? c.Session : ((ServerEventSessionUpdated)evt).Session;
                Assert.DoesNotContain(session.AdditionalProperties.Keys, k => k is "audio" or "output_modalities" or "max_output_tokens" or "type");
            }

            if (evt is ServerEventResponseCreated or ServerEventResponseDone)
            {
                VoiceLiveResponse response = evt is ServerEventResponseCreated c ? c.Response : ((ServerEventResponseDone)evt).Response;
                Assert.DoesNotContain(response.AdditionalProperties.Keys, k => k is "audio" or "output_modalities");
            }
        }

        private static IEnumerable<object[]> Lines(string file)
            => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", file))
                .Where(l => l.Length > 0)
                .Select(l => new object[] { (string)JsonNode.Parse(l)!["type"]!, l });

        private static IEnumerable<string> Examples(string file, string type)
            => Lines(file).Where(l => (string)l[0] == type).Select(l => (string)l[1]);

        private static string Example(string file, string type) => Examples(file, type).Single();
    }
}
