using System;
using System.Text;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json;
using Xunit;

namespace VoiceLive.Tests.WireShape
{
    /// <summary>The app writes one model; under api-version v1 the send path turns it into the nested OpenAI GA shape.</summary>
    public class V1ClientShapeTests
    {
        private static JsonObject ToV1(ClientEvent evt, out string wireType)
        {
            byte[] flat = ClientEventSerializer.ToBinaryData(evt).ToArray();
            byte[] v1 = V1WireShape.ClientToV1(flat, evt.Type, out wireType) ?? throw new InvalidOperationException("not rewritten");
            return (JsonObject)JsonNode.Parse(v1)!;
        }

        private static RequestSession FullSession()
        {
            var session = new RequestSession
            {
                Model = "gpt-realtime",
                Instructions = "Be brief.",
                Voice = new OpenAIVoice(OpenAIVoiceName.Alloy),
                InputAudioFormat = InputAudioFormat.Pcm16,
                InputAudioSamplingRate = 16000,
                OutputAudioFormat = OutputAudioFormat.G711Ulaw,
                TurnDetection = new SemanticVad { Eagerness = SemanticVadEagerness.High, CreateResponse = true },
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.GptRealtimeWhisper) { Delay = TranscriptionDelay.Low },
                InputAudioNoiseReduction = new AudioNoiseReduction(NoiseReductionType.AzureDeepNoiseSuppression),
                MaxResponseOutputTokens = 500,
                ReasoningEffort = ReasoningEffort.Low,
                Tracing = SessionTracing.Auto,
                Truncation = SessionTruncation.RetainRatio(0.5),
                Prompt = new RealtimePrompt("pmpt_1") { Version = "2" },
            };
            session.Modalities.Add(Modality.Audio);
            session.OutputAudioTimestampTypes.Add(AudioTimestampType.Word);
            return session;
        }

        [Fact]
        public void A_session_update_is_sent_nested_with_format_objects_and_session_type()
        {
            JsonObject evt = ToV1(new ClientEventSessionUpdate(FullSession()), out string wireType);
            JsonObject session = evt["session"]!.AsObject();

            Assert.Equal("session.update", wireType);
            Assert.Equal("realtime", (string?)session["type"]);
            Assert.Equal("""["audio"]""", session["output_modalities"]!.ToJsonString());
            Assert.Equal(500, (int)session["max_output_tokens"]!);
            Assert.Equal("low", (string?)session["reasoning"]!["effort"]);
            Assert.Equal("auto", (string?)session["tracing"]);
            Assert.Equal(0.5, (double)session["truncation"]!["retention_ratio"]!);
            Assert.Equal("pmpt_1", (string?)session["prompt"]!["id"]);
            JsonObject input = session["audio"]!["input"]!.AsObject();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"audio/pcm","rate":16000}"""), input["format"]));
            Assert.Equal(16000, (int)input["sampling_rate"]!);
            Assert.Equal("semantic_vad", (string?)input["turn_detection"]!["type"]);
            Assert.Equal("high", (string?)input["turn_detection"]!["eagerness"]);
            Assert.Equal("gpt-realtime-whisper", (string?)input["transcription"]!["model"]);
            Assert.Equal("low", (string?)input["transcription"]!["delay"]);
            Assert.Equal("azure_deep_noise_suppression", (string?)input["noise_reduction"]!["type"]);
            JsonObject output = session["audio"]!["output"]!.AsObject();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"audio/pcmu"}"""), output["format"]));
            Assert.Equal("alloy", (string?)output["voice"]!["name"]);
            Assert.Equal("""["word"]""", output["timestamp_types"]!.ToJsonString());
            foreach (string flat in new[] { "modalities", "voice", "input_audio_format", "output_audio_format", "turn_detection", "max_response_output_tokens", "reasoning_effort" })
            {
                Assert.False(session.ContainsKey(flat), flat);
            }
        }

        [Fact]
        public void Turn_detection_assigned_null_stays_an_explicit_null_inside_audio_input()
        {
            JsonObject evt = ToV1(new ClientEventSessionUpdate(new RequestSession { TurnDetection = null }), out _);

            JsonObject input = evt["session"]!["audio"]!["input"]!.AsObject();
            Assert.True(input.ContainsKey("turn_detection"));
            Assert.Null(input["turn_detection"]);
        }

        [Fact]
        public void A_transcription_session_update_is_sent_as_session_update_with_type_transcription()
        {
            var update = new ClientEventTranscriptionSessionUpdate(BinaryData.FromString(
                """{"input_audio_format":"g711_alaw","input_audio_transcription":{"model":"gpt-4o-mini-transcribe-2025-12-15"},"turn_detection":null}"""));

            JsonObject evt = ToV1(update, out string wireType);

            Assert.Equal("session.update", wireType);
            Assert.Equal("session.update", (string?)evt["type"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(
                """{"type":"transcription","audio":{"input":{"format":{"type":"audio/pcma"},"transcription":{"model":"gpt-4o-mini-transcribe-2025-12-15"},"turn_detection":null}}}"""),
                evt["session"]), evt.ToJsonString());
        }

        [Fact]
        public void A_response_create_is_sent_with_output_modalities_audio_output_and_conversation()
        {
            var response = new ResponseCreateParams
            {
                Voice = new OpenAIVoice(OpenAIVoiceName.Marin),
                OutputAudioFormat = OutputAudioFormat.Pcm16,
                Conversation = ResponseConversation.None,
                ReasoningEffort = ReasoningEffort.Medium,
                Prompt = new RealtimePrompt("pmpt_2"),
            };
            response.Modalities.Add(Modality.Text);
            response.Input.Add(new ItemReferenceItem("item_1"));
            response.Input.Add(new AssistantMessageItem(new MessageContentPart[] { new OutputTextContentPart("earlier answer") }));

            JsonObject evt = ToV1(new ClientEventResponseCreate { Response = response }, out _);
            JsonObject sent = evt["response"]!.AsObject();

            Assert.Equal("""["text"]""", sent["output_modalities"]!.ToJsonString());
            Assert.Equal("none", (string?)sent["conversation"]);
            Assert.Equal("medium", (string?)sent["reasoning"]!["effort"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"audio/pcm","rate":24000}"""), sent["audio"]!["output"]!["format"]));
            Assert.Equal("marin", (string?)sent["audio"]!["output"]!["voice"]!["name"]);
            Assert.Equal("item_reference", (string?)sent["input"]![0]!["type"]);
            Assert.Equal("item_1", (string?)sent["input"]![0]!["id"]);
            Assert.Equal("output_text", (string?)sent["input"]![1]!["content"]![0]!["type"]);
            Assert.Equal("pmpt_2", (string?)sent["prompt"]!["id"]);
        }

        [Fact]
        public void Events_that_are_the_same_in_both_shapes_are_not_rewritten()
        {
            byte[] flat = ClientEventSerializer.ToBinaryData(new ClientEventInputAudioBufferCommit()).ToArray();

            Assert.Null(V1WireShape.ClientToV1(flat, "input_audio_buffer.commit", out string wireType));
            Assert.Equal("input_audio_buffer.commit", wireType);
        }

        [Fact]
        public void A_flat_session_nested_and_flattened_again_is_unchanged()
        {
            string flat = Encoding.UTF8.GetString(ClientEventSerializer.ToBinaryData(new ClientEventSessionUpdate(FullSession())).ToArray());
            JsonObject original = JsonNode.Parse(flat)!["session"]!.AsObject();

            JsonObject nested = V1SessionShape.NestSession((JsonObject)original.DeepClone(), "realtime");
            JsonObject back = V1SessionShape.FlattenSession(nested);

            Assert.True(JsonNode.DeepEquals(original, back), back.ToJsonString());
        }

        [Fact]
        public void A_typed_mcp_call_error_reads_its_v1_type()
        {
            var item = (ResponseMcpCallItem)System.Text.Json.JsonSerializer.Deserialize(
                """{"type":"mcp_call","id":"mcp_1","server_label":"docs","name":"search","arguments":"{}","error":{"type":"http_error","code":502,"message":"Bad gateway"}}""",
                (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResponseItem>)VoiceLiveJson.GetTypeInfo(typeof(ResponseItem))!)!;

            McpError error = item.GetErrorDetails()!;
            Assert.Equal(McpErrorType.HttpError, error.Type);
            Assert.Equal(502, error.Code);
            Assert.Equal("Bad gateway", error.Message);
        }
    }
}
