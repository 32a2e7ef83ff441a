using System;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>
    /// Every union member reads as its concrete type through the base type, and writes back to the same JSON with its
    /// discriminator. Completing at all also proves the concrete types do not pick up the base converter (that would recurse).
    /// </summary>
    public class UnionRoundTripTests
    {
        public static TheoryData<string, Type> Voices => new TheoryData<string, Type>
        {
            { """{"type":"openai","name":"alloy"}""", typeof(OpenAIVoice) },
            { """{"type":"azure-standard","name":"en-US-AvaNeural","temperature":0.7,"custom_lexicon_url":"https://l","custom_text_normalization_url":"https://n","prefer_locales":["en-US","fr-FR"],"locale":"en-US","style":"cheerful","pitch":"+5%","rate":"1.2","volume":"loud"}""", typeof(AzureStandardVoice) },
            { """{"type":"azure-custom","name":"my-voice","endpoint_id":"e1","temperature":0.3,"style":"cheerful"}""", typeof(AzureCustomVoice) },
            { """{"type":"azure-personal","name":"speaker","model":"DragonLatestNeural","temperature":0.5}""", typeof(AzurePersonalVoice) },
            { """{"type":"avatar-voice-sync","model":"MAI-Voice-1","locale":"en-US"}""", typeof(AzureAvatarVoiceSyncVoice) },
            { """{"type":"azure-realtime-native","name":"ava"}""", typeof(AzureRealtimeNativeVoice) },
            { """{"type":"elevenlabs","name":"x","stability":{"a":[1,2]}}""", typeof(UnknownVoice) },
        };

        public static TheoryData<string, Type> TurnDetections => new TheoryData<string, Type>
        {
            { """{"type":"server_vad","threshold":0.5,"prefix_padding_ms":300,"silence_duration_ms":500,"end_of_utterance_detection":{"model":"semantic_detection_v1","threshold_level":"low","timeout_ms":1000},"auto_truncate":true,"create_response":true,"interrupt_response":false}""", typeof(ServerVad) },
            { """{"type":"azure_semantic_vad","threshold":0.4,"speech_duration_ms":80,"remove_filler_words":true,"languages":["en","fr"],"end_of_utterance_detection":{"model":"semantic_detection_v1_multilingual"}}""", typeof(AzureSemanticVad) },
            { """{"type":"azure_semantic_vad_en","silence_duration_ms":200,"end_of_utterance_detection":{"model":"semantic_detection_v1_en","threshold_level":"high"}}""", typeof(AzureSemanticVadEn) },
            { """{"type":"azure_semantic_vad_multilingual","languages":["de"],"end_of_utterance_detection":{"model":"smart_end_of_turn_detection","timeout_ms":5}}""", typeof(AzureSemanticVadMultilingual) },
            { """{"type":"semantic_vad","eagerness":"high"}""", typeof(SemanticVad) },
            { """{"type":"openai_turn_detection_v9","eagerness":"high"}""", typeof(UnknownTurnDetection) },
        };

        public static TheoryData<string, Type> EouDetections => new TheoryData<string, Type>
        {
            { """{"model":"semantic_detection_v1","threshold_level":"medium","timeout_ms":800}""", typeof(AzureSemanticDetection) },
            { """{"model":"semantic_detection_v1_en","threshold_level":"default"}""", typeof(AzureSemanticDetectionEn) },
            { """{"model":"semantic_detection_v1_multilingual","timeout_ms":1}""", typeof(AzureSemanticDetectionMultilingual) },
            { """{"model":"smart_end_of_turn_detection","threshold_level":"low"}""", typeof(SmartEndOfTurnDetection) },
            { """{"model":"semantic_detection_v9","threshold":0.1}""", typeof(UnknownEouDetection) },
        };

        public static TheoryData<string, Type> Tools => new TheoryData<string, Type>
        {
            { """{"type":"function","name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}""", typeof(FunctionTool) },
            { """{"type":"mcp","server_label":"docs","server_url":"https://mcp","authorization":"Bearer x","headers":{"X-A":"1"},"allowed_tools":["search"],"require_approval":"never"}""", typeof(McpServer) },
            { """{"type":"mcp","server_label":"docs","server_url":"https://mcp","require_approval":{"never":["a"],"always":["b","c"]}}""", typeof(McpServer) },
            { """{"type":"foundry_agent","agent_name":"a","project_name":"p","agent_version":"2","client_id":"c","description":"d","foundry_resource_override":"r","agent_context_type":"no_context","return_agent_response_directly":false}""", typeof(FoundryAgentTool) },
            { """{"type":"code_interpreter","container":{"type":"auto"}}""", typeof(UnknownTool) },
        };

        public static TheoryData<string, Type> InterimResponses => new TheoryData<string, Type>
        {
            { """{"type":"static_interim_response","triggers":["latency","tool"],"latency_threshold_ms":1500,"texts":["One moment.","Let me check."]}""", typeof(StaticInterimResponseConfig) },
            { """{"type":"llm_interim_response","triggers":["tool"],"model":"gpt-4.1-mini","instructions":"Be brief","max_completion_tokens":40}""", typeof(LlmInterimResponseConfig) },
            { """{"type":"static_filler","texts":["hm"]}""", typeof(UnknownInterimResponseConfig) },
        };

        public static TheoryData<string, Type> StatusDetails => new TheoryData<string, Type>
        {
            { """{"type":"cancelled","reason":"turn_detected"}""", typeof(ResponseCancelledDetails) },
            { """{"type":"incomplete","reason":"content_filter"}""", typeof(ResponseIncompleteDetails) },
            { """{"type":"failed","error":{"type":"server_error","code":"x","message":"boom"}}""", typeof(ResponseFailedDetails) },
            { """{"type":"paused","reason":"later"}""", typeof(UnknownResponseStatusDetails) },
        };

        public static TheoryData<string, Type> ResponseItems => new TheoryData<string, Type>
        {
            { """{"type":"message","id":"i1","object":"realtime.item","role":"assistant","status":"completed","content":[{"type":"text","text":"hi"},{"type":"audio","transcript":"hi"}]}""", typeof(ResponseMessageItem) },
            { """{"type":"function_call","id":"i2","object":"realtime.item","name":"f","call_id":"c1","arguments":"{\"a\":1}","status":"in_progress"}""", typeof(ResponseFunctionCallItem) },
            { """{"type":"function_call_output","id":"i3","call_id":"c1","output":"{}"}""", typeof(ResponseFunctionCallOutputItem) },
            { """{"type":"mcp_list_tools","id":"i4","server_label":"docs","tools":[{"name":"search","description":"d","input_schema":{"type":"object"},"annotations":{"readOnly":true}}]}""", typeof(ResponseMcpListToolItem) },
            { """{"type":"mcp_call","id":"i5","approval_request_id":"a1","arguments":"{}","server_label":"docs","name":"search","output":"ok","error":{"message":"m"}}""", typeof(ResponseMcpCallItem) },
            { """{"type":"mcp_approval_request","id":"i6","arguments":"{}","name":"search","server_label":"docs"}""", typeof(ResponseMcpApprovalRequestItem) },
            { """{"type":"mcp_approval_response","id":"i7","approval_request_id":"a1","approve":true,"reason":"ok"}""", typeof(ResponseMcpApprovalResponseItem) },
            { """{"type":"web_search_call","id":"i8","status":"searching"}""", typeof(ResponseWebSearchCallItem) },
            { """{"type":"file_search_call","id":"i9","status":"completed","queries":["q"],"results":[{"attributes":{"k":"v"},"file_id":"f","filename":"a.txt","score":0.5,"text":"t"}]}""", typeof(ResponseFileSearchCallItem) },
            { """{"type":"foundry_agent_call","id":"i10","name":"agent","call_id":"c2","arguments":"{}","agent_response_id":"r","output":"o","error":"bad"}""", typeof(ResponseFoundryAgentCallItem) },
            { """{"type":"reasoning","id":"i11","summary":[{"text":"x"}]}""", typeof(UnknownResponseItem) },
        };

        public static TheoryData<string, Type> ContentParts => new TheoryData<string, Type>
        {
            { """{"type":"input_text","text":"hi"}""", typeof(RequestTextContentPart) },
            { """{"type":"input_audio","audio":"AQID","transcript":"t"}""", typeof(RequestAudioContentPart) },
            { """{"type":"input_image","image_url":"https://img","detail":"high"}""", typeof(RequestImageContentPart) },
            { """{"type":"text","text":"hello"}""", typeof(ResponseTextContentPart) },
            { """{"type":"audio","transcript":"hello"}""", typeof(ResponseAudioContentPart) },
            { """{"type":"refusal","refusal":"no"}""", typeof(UnknownContentPart) },
        };

        public static TheoryData<string, Type> MessageContentParts => new TheoryData<string, Type>
        {
            { """{"type":"input_text","text":"hi"}""", typeof(InputTextContentPart) },
            { """{"type":"input_audio","audio":"AQID","transcript":"t"}""", typeof(InputAudioContentPart) },
            { """{"type":"input_image","image_url":"data:image/png;base64,AAAA","detail":"low"}""", typeof(InputImageContentPart) },
            { """{"type":"text","text":"hello"}""", typeof(OutputTextContentPart) },
            { """{"type":"input_file","file_id":"f"}""", typeof(UnknownMessageContentPart) },
        };

        public static TheoryData<string, Type> RequestItems => new TheoryData<string, Type>
        {
            { """{"type":"message","id":"m1","role":"system","content":[{"type":"input_text","text":"Be nice"}],"status":"completed"}""", typeof(SystemMessageItem) },
            { """{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"},{"type":"input_audio","audio":"AQID"},{"type":"input_image","image_url":"https://img"}]}""", typeof(UserMessageItem) },
            { """{"type":"message","role":"assistant","content":[{"type":"text","text":"hello"}],"status":"incomplete"}""", typeof(AssistantMessageItem) },
            { """{"type":"function_call","id":"f1","name":"get_weather","call_id":"c1","arguments":"{}","status":"completed"}""", typeof(FunctionCallItem) },
            { """{"type":"function_call_output","call_id":"c1","output":"{\"t\":20}"}""", typeof(FunctionCallOutputItem) },
            { """{"type":"mcp_approval_response","approval_request_id":"a1","approve":false}""", typeof(McpApprovalResponseRequestItem) },
            { """{"type":"message","role":"developer","content":[{"type":"input_text","text":"x"}]}""", typeof(UnknownConversationRequestItem) },
            { """{"type":"item_reference","id":"i1"}""", typeof(ItemReferenceItem) },
            { """{"type":"conversation_reference","id":"i1"}""", typeof(UnknownConversationRequestItem) },
        };

        [Theory]
        [MemberData(nameof(Voices))]
        public void VoiceRoundTrips(string json, Type expected) => AssertRoundTrip<Voice>(json, expected);

        [Theory]
        [MemberData(nameof(TurnDetections))]
        public void TurnDetectionRoundTrips(string json, Type expected) => AssertRoundTrip<TurnDetection>(json, expected);

        [Theory]
        [MemberData(nameof(EouDetections))]
        public void EouDetectionRoundTrips(string json, Type expected) => AssertRoundTrip<EouDetection>(json, expected);

        [Theory]
        [MemberData(nameof(Tools))]
        public void ToolRoundTrips(string json, Type expected) => AssertRoundTrip<Tool>(json, expected);

        [Theory]
        [MemberData(nameof(InterimResponses))]
        public void InterimResponseRoundTrips(string json, Type expected) => AssertRoundTrip<InterimResponseConfig>(json, expected);

        [Theory]
        [MemberData(nameof(StatusDetails))]
        public void StatusDetailsRoundTrip(string json, Type expected) => AssertRoundTrip<ResponseStatusDetails>(json, expected);

        [Theory]
        [MemberData(nameof(ResponseItems))]
        public void ResponseItemRoundTrips(string json, Type expected) => AssertRoundTrip<ResponseItem>(json, expected);

        [Theory]
        [MemberData(nameof(ContentParts))]
        public void ContentPartRoundTrips(string json, Type expected) => AssertRoundTrip<ContentPart>(json, expected);

        [Theory]
        [MemberData(nameof(MessageContentParts))]
        public void MessageContentPartRoundTrips(string json, Type expected) => AssertRoundTrip<MessageContentPart>(json, expected);

        [Theory]
        [MemberData(nameof(RequestItems))]
        public void RequestItemRoundTrips(string json, Type expected) => AssertRoundTrip<ConversationRequestItem>(json, expected);

        [Fact]
        public void UnknownItemsKeepTheirIdAndType()
        {
            var item = Assert.IsType<UnknownResponseItem>(ModelJson.Read<ResponseItem>("""{"summary":[],"id":"i11","type":"reasoning"}"""));
            Assert.Equal("i11", item.Id);
            Assert.Equal(new ItemType("reasoning"), item.Type);

            var request = Assert.IsType<UnknownConversationRequestItem>(ModelJson.Read<ConversationRequestItem>("""{"type":"conversation_reference","id":"r1"}"""));
            Assert.Equal("r1", request.Id);
        }

        [Fact]
        public void ObjectWithoutDiscriminatorIsUnknownWithEmptyType()
        {
            var voice = Assert.IsType<UnknownVoice>(ModelJson.Read<Voice>("""{"name":"x"}"""));
            Assert.Equal(string.Empty, voice.Type);
            ModelJson.Equal("""{"name":"x"}""", ModelJson.Write<Voice>(voice));

            var message = Assert.IsType<UnknownConversationRequestItem>(ModelJson.Read<ConversationRequestItem>("""{"type":"message","content":[]}"""));
            Assert.Equal(ItemType.Message, message.Type);
        }

        [Fact]
        public void DiscriminatorAfterOtherFieldsIsFound()
        {
            var vad = Assert.IsType<ServerVad>(ModelJson.Read<TurnDetection>("""{"threshold":0.2,"nested":{"type":"azure_semantic_vad"},"type":"server_vad"}"""));
            Assert.Equal(0.2, vad.Threshold);

            var user = Assert.IsType<UserMessageItem>(ModelJson.Read<ConversationRequestItem>("""{"content":[{"text":"hi","type":"input_text"}],"role":"user","type":"message"}"""));
            Assert.Equal("hi", Assert.IsType<InputTextContentPart>(Assert.Single(user.Content)).Text);
        }

        [Fact]
        public void MessageConstructorsSetRoleAndContent()
        {
            ModelJson.Equal(
                """{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}""",
                ModelJson.Write<ConversationRequestItem>(new UserMessageItem("hi")));
            ModelJson.Equal(
                """{"type":"message","role":"assistant","content":[{"type":"text","text":"ok"}]}""",
                ModelJson.Write<ConversationRequestItem>(new AssistantMessageItem("ok")));
            ModelJson.Equal(
                """{"type":"message","role":"system","content":[{"type":"input_text","text":"rules"}]}""",
                ModelJson.Write<ConversationRequestItem>(new SystemMessageItem(new MessageContentPart[] { new InputTextContentPart("rules") })));
            ModelJson.Equal(
                """{"type":"message","role":"user","content":[{"type":"input_audio","audio":"AQID"}]}""",
                ModelJson.Write<ConversationRequestItem>(new UserMessageItem(new MessageContentPart[] { new InputAudioContentPart(new byte[] { 1, 2, 3 }) })));
        }

        private static void AssertRoundTrip<TBase>(string json, Type expected)
            where TBase : class
        {
            TBase value = ModelJson.Read<TBase>(json);
            Assert.IsType(expected, value);

            // Written through the base type (as a property of that type would be) ...
            ModelJson.Equal(json, ModelJson.Write(value));

            // ... and through the concrete type, which must use its own contract and still emit the discriminator.
            if (!expected.Name.StartsWith("Unknown", StringComparison.Ordinal))
            {
                ModelJson.Equal(json, System.Text.Json.JsonSerializer.Serialize(value, expected, VoiceLiveJson.Options));
                object direct = System.Text.Json.JsonSerializer.Deserialize(json, expected, VoiceLiveJson.Options)!;
                Assert.IsType(expected, direct);
            }
        }
    }
}
