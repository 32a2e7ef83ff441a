using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>Every well-known value of every extensible enum has its exact wire string, and any string round-trips.</summary>
    public class EnumStructTests
    {
        public static TheoryData<object, string> WellKnownValues => new TheoryData<object, string>
        {
            { Modality.Text, "text" },
            { Modality.Audio, "audio" },
            { Modality.Animation, "animation" },
            { Modality.Avatar, "avatar" },
            { AnimationOutputType.Blendshapes, "blendshapes" },
            { AnimationOutputType.VisemeId, "viseme_id" },
            { OpenAIVoiceName.Alloy, "alloy" },
            { OpenAIVoiceName.Ash, "ash" },
            { OpenAIVoiceName.Ballad, "ballad" },
            { OpenAIVoiceName.Coral, "coral" },
            { OpenAIVoiceName.Echo, "echo" },
            { OpenAIVoiceName.Sage, "sage" },
            { OpenAIVoiceName.Shimmer, "shimmer" },
            { OpenAIVoiceName.Verse, "verse" },
            { OpenAIVoiceName.Marin, "marin" },
            { OpenAIVoiceName.Cedar, "cedar" },
            { PersonalVoiceModels.DragonLatestNeural, "DragonLatestNeural" },
            { PersonalVoiceModels.PhoenixLatestNeural, "PhoenixLatestNeural" },
            { PersonalVoiceModels.PhoenixV2Neural, "PhoenixV2Neural" },
            { PersonalVoiceModels.DragonHDOmniLatestNeural, "DragonHDOmniLatestNeural" },
            { PersonalVoiceModels.MaiVoice1, "MAI-Voice-1" },
            { AzureRealtimeNativeVoiceName.Aarti, "aarti" },
            { AzureRealtimeNativeVoiceName.Andrew, "andrew" },
            { AzureRealtimeNativeVoiceName.Ava, "ava" },
            { AzureRealtimeNativeVoiceName.Denise, "denise" },
            { AzureRealtimeNativeVoiceName.Diya, "diya" },
            { AzureRealtimeNativeVoiceName.Elsa, "elsa" },
            { AzureRealtimeNativeVoiceName.Florian, "florian" },
            { AzureRealtimeNativeVoiceName.Francisca, "francisca" },
            { AzureRealtimeNativeVoiceName.Meera, "meera" },
            { AzureRealtimeNativeVoiceName.Xiaoxiao, "xiaoxiao" },
            { AzureRealtimeNativeVoiceName.Yunxi, "yunxi" },
            { AzureRealtimeNativeVoiceName.Ximena, "ximena" },
            { InputAudioFormat.Pcm16, "pcm16" },
            { InputAudioFormat.G711Ulaw, "g711_ulaw" },
            { InputAudioFormat.G711Alaw, "g711_alaw" },
            { OutputAudioFormat.Pcm16, "pcm16" },
            { OutputAudioFormat.Pcm16At8000Hz, "pcm16_8000hz" },
            { OutputAudioFormat.Pcm16At16000Hz, "pcm16_16000hz" },
            { OutputAudioFormat.G711Ulaw, "g711_ulaw" },
            { OutputAudioFormat.G711Alaw, "g711_alaw" },
            { TurnDetectionType.ServerVad, "server_vad" },
            { TurnDetectionType.AzureSemanticVad, "azure_semantic_vad" },
            { TurnDetectionType.AzureSemanticVadEn, "azure_semantic_vad_en" },
            { TurnDetectionType.SemanticVad, "semantic_vad" },
            { TurnDetectionType.AzureSemanticVadMultilingual, "azure_semantic_vad_multilingual" },
            { EouThresholdLevel.Low, "low" },
            { EouThresholdLevel.Medium, "medium" },
            { EouThresholdLevel.High, "high" },
            { EouThresholdLevel.Default, "default" },
            { EchoCancellationReferenceSource.Server, "server" },
            { EchoCancellationReferenceSource.Client, "client" },
            { AvatarConfigTypes.VideoAvatar, "video-avatar" },
            { AvatarConfigTypes.PhotoAvatar, "photo-avatar" },
            { PhotoAvatarBaseModes.Vasa1, "vasa-1" },
            { AvatarOutputProtocol.WebRtc, "webrtc" },
            { AvatarOutputProtocol.WebSocket, "websocket" },
            { AudioTimestampType.Word, "word" },
            { ToolType.Function, "function" },
            { ToolType.Mcp, "mcp" },
            { ToolType.FoundryAgent, "foundry_agent" },
            { McpApprovalType.Never, "never" },
            { McpApprovalType.Always, "always" },
            { ToolChoiceLiteral.Auto, "auto" },
            { ToolChoiceLiteral.None, "none" },
            { ToolChoiceLiteral.Required, "required" },
            { ReasoningEffort.None, "none" },
            { ReasoningEffort.Minimal, "minimal" },
            { ReasoningEffort.Low, "low" },
            { ReasoningEffort.Medium, "medium" },
            { ReasoningEffort.High, "high" },
            { ReasoningEffort.XHigh, "xhigh" },
            { SessionIncludeOption.InputAudioTranscriptionLogprobs, "item.input_audio_transcription.logprobs" },
            { SessionIncludeOption.InputAudioTranscriptionPhrases, "item.input_audio_transcription.phrases" },
            { SessionIncludeOption.FileSearchCallResults, "file_search_call.results" },
            { ItemType.Message, "message" },
            { ItemType.FunctionCall, "function_call" },
            { ItemType.FunctionCallOutput, "function_call_output" },
            { ItemType.McpListTools, "mcp_list_tools" },
            { ItemType.McpCall, "mcp_call" },
            { ItemType.McpApprovalRequest, "mcp_approval_request" },
            { ItemType.McpApprovalResponse, "mcp_approval_response" },
            { ItemType.ItemReference, "item_reference" },
            { ItemType.WebSearchCall, "web_search_call" },
            { ItemType.FileSearchCall, "file_search_call" },
            { ItemType.FoundryAgentCall, "foundry_agent_call" },
            { MessageRole.System, "system" },
            { MessageRole.User, "user" },
            { MessageRole.Assistant, "assistant" },
            { ContentPartType.InputText, "input_text" },
            { ContentPartType.InputAudio, "input_audio" },
            { ContentPartType.InputImage, "input_image" },
            { ContentPartType.Text, "text" },
            { ContentPartType.Audio, "audio" },
            { ItemParamStatus.Completed, "completed" },
            { ItemParamStatus.Incomplete, "incomplete" },
            { InterimResponseConfigType.StaticInterimResponse, "static_interim_response" },
            { InterimResponseConfigType.LlmInterimResponse, "llm_interim_response" },
            { InterimResponseTrigger.Latency, "latency" },
            { InterimResponseTrigger.Tool, "tool" },
            { ResponseStatus.Completed, "completed" },
            { ResponseStatus.Cancelled, "cancelled" },
            { ResponseStatus.Failed, "failed" },
            { ResponseStatus.Incomplete, "incomplete" },
            { ResponseStatus.InProgress, "in_progress" },
            { RequestImageContentPartDetail.Auto, "auto" },
            { RequestImageContentPartDetail.Low, "low" },
            { RequestImageContentPartDetail.High, "high" },
            { ResponseItemStatus.InProgress, "in_progress" },
            { ResponseItemStatus.Completed, "completed" },
            { ResponseItemStatus.Incomplete, "incomplete" },
            { NoiseReductionType.AzureDeepNoiseSuppression, "azure_deep_noise_suppression" },
            { NoiseReductionType.NearField, "near_field" },
            { NoiseReductionType.FarField, "far_field" },
            { InputAudioTranscriptionModel.Whisper1, "whisper-1" },
            { InputAudioTranscriptionModel.Gpt4oTranscribe, "gpt-4o-transcribe" },
            { InputAudioTranscriptionModel.Gpt4oMiniTranscribe, "gpt-4o-mini-transcribe" },
            { InputAudioTranscriptionModel.Gpt4oTranscribeDiarize, "gpt-4o-transcribe-diarize" },
            { InputAudioTranscriptionModel.GptRealtimeWhisper, "gpt-realtime-whisper" },
            { SemanticVadEagerness.Low, "low" },
            { SemanticVadEagerness.Medium, "medium" },
            { SemanticVadEagerness.High, "high" },
            { SemanticVadEagerness.Auto, "auto" },
            { TranscriptionDelay.Minimal, "minimal" },
            { TranscriptionDelay.Low, "low" },
            { TranscriptionDelay.Medium, "medium" },
            { TranscriptionDelay.High, "high" },
            { TranscriptionDelay.XHigh, "xhigh" },
            { ResponseConversation.Auto, "auto" },
            { ResponseConversation.None, "none" },
            { McpErrorType.ProtocolError, "protocol_error" },
            { McpErrorType.ToolExecutionError, "tool_execution_error" },
            { McpErrorType.HttpError, "http_error" },
            { InputAudioTranscriptionModel.Gpt4oMiniTranscribe20251215, "gpt-4o-mini-transcribe-2025-12-15" },
            { InputAudioTranscriptionModel.MaiTranscribe, "mai-transcribe" },
            { InputAudioTranscriptionModel.MaiTranscribe1, "mai-transcribe-1" },
            { InputAudioTranscriptionModel.MaiTranscribe2, "mai-transcribe-2" },
            { InputAudioTranscriptionModel.AzureSpeech, "azure-speech" },
            { SipCallState.WaitingForCustomer, "WaitingForCustomer" },
            { SipCallState.Accepting, "Accepting" },
            { SipCallState.Accepted, "Accepted" },
            { SipCallState.Connected, "Connected" },
            { SipCallState.Rejecting, "Rejecting" },
            { SipCallState.Transferring, "Transferring" },
            { SipCallState.Terminating, "Terminating" },
            { SipCallState.Disconnected, "Disconnected" },
            { SipCallState.Failed, "Failed" },
            { SipCallState.Expired, "Expired" },
            { SipCallTerminalReason.Rejected, "Rejected" },
            { SipCallTerminalReason.CustomerHangup, "CustomerHangup" },
            { SipCallTerminalReason.SipProxyTerminate, "SipProxyTerminate" },
            { SipCallTerminalReason.DecisionTimeout, "DecisionTimeout" },
            { SipCallTerminalReason.SetupFailure, "SetupFailure" },
            { SipCallTerminalReason.TransferSucceeded, "TransferSucceeded" },
            { SipCallTerminalReason.RuntimeError, "RuntimeError" },
            { SipTransferState.Trying, "trying" },
            { SipTransferState.Succeeded, "succeeded" },
            { SipTransferState.Failed, "failed" },
            { FoundryAgentContextType.NoContext, "no_context" },
            { FoundryAgentContextType.AgentContext, "agent_context" },
            { ResponseCancelledReason.TurnDetected, "turn_detected" },
            { ResponseCancelledReason.ClientCancelled, "client_cancelled" },
            { ResponseIncompleteReason.MaxOutputTokens, "max_output_tokens" },
            { ResponseIncompleteReason.ContentFilter, "content_filter" },
        };

        public static TheoryData<Type> EnumTypes => new TheoryData<Type>
        {
            typeof(SemanticVadEagerness),
            typeof(TranscriptionDelay),
            typeof(ResponseConversation),
            typeof(McpErrorType),
            typeof(AnimationOutputType),
            typeof(AudioTimestampType),
            typeof(AvatarConfigTypes),
            typeof(AvatarOutputProtocol),
            typeof(AzureRealtimeNativeVoiceName),
            typeof(ContentPartType),
            typeof(EchoCancellationReferenceSource),
            typeof(EouThresholdLevel),
            typeof(FoundryAgentContextType),
            typeof(InputAudioFormat),
            typeof(InputAudioTranscriptionModel),
            typeof(InterimResponseConfigType),
            typeof(InterimResponseTrigger),
            typeof(ItemParamStatus),
            typeof(ItemType),
            typeof(McpApprovalType),
            typeof(MessageRole),
            typeof(Modality),
            typeof(NoiseReductionType),
            typeof(OpenAIVoiceName),
            typeof(OutputAudioFormat),
            typeof(PersonalVoiceModels),
            typeof(PhotoAvatarBaseModes),
            typeof(ReasoningEffort),
            typeof(RequestImageContentPartDetail),
            typeof(ResponseCancelledReason),
            typeof(ResponseIncompleteReason),
            typeof(ResponseItemStatus),
            typeof(ResponseStatus),
            typeof(SessionIncludeOption),
            typeof(SipCallState),
            typeof(SipCallTerminalReason),
            typeof(SipTransferState),
            typeof(ToolChoiceLiteral),
            typeof(ToolType),
            typeof(TurnDetectionType),
        };

        [Theory]
        [MemberData(nameof(WellKnownValues))]
        public void WellKnownValueHasItsWireString(object value, string wire)
        {
            Assert.Equal(wire, value.ToString());
            Assert.Equal("\"" + wire + "\"", JsonSerializer.Serialize(value, value.GetType(), VoiceLiveJson.Options));

            object read = JsonSerializer.Deserialize("\"" + wire + "\"", value.GetType(), VoiceLiveJson.Options)!;
            Assert.Equal(value, read);

            // Equality ignores case, as the service does; the hash code agrees.
            object upper = Activator.CreateInstance(value.GetType(), wire.ToUpperInvariant())!;
            Assert.Equal(value, upper);
            Assert.Equal(value.GetHashCode(), upper.GetHashCode());
        }

        [Theory]
        [MemberData(nameof(EnumTypes))]
        public void UnknownValueRoundTrips(Type enumType)
        {
            object read = JsonSerializer.Deserialize("\"added_next_year\"", enumType, VoiceLiveJson.Options)!;
            Assert.Equal("added_next_year", read.ToString());
            Assert.Equal("\"added_next_year\"", JsonSerializer.Serialize(read, enumType, VoiceLiveJson.Options));
        }

        [Theory]
        [MemberData(nameof(EnumTypes))]
        public void EveryStaticValueIsCoveredByTheWireTable(Type enumType)
        {
            var listed = WellKnownValues.Select(row => row[0]).Where(v => v.GetType() == enumType).Select(v => v.ToString()).ToHashSet();
            var declared = enumType.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == enumType)
                .Select(p => p.GetValue(null)!.ToString())
                .ToList();
            Assert.NotEmpty(declared);
            Assert.All(declared, value => Assert.Contains(value, listed));
        }

        [Fact]
        public void OperatorsAndImplicitConversionCompareByWireString()
        {
            OutputAudioFormat format = "PCM16_16000HZ";
            Assert.True(format == OutputAudioFormat.Pcm16At16000Hz);
            Assert.False(format != OutputAudioFormat.Pcm16At16000Hz);
            Assert.True(OutputAudioFormat.Pcm16 != OutputAudioFormat.Pcm16At8000Hz);
            Assert.Throws<ArgumentNullException>(() => new ReasoningEffort(null!));
        }

        [Fact]
        public void DefaultValueIsEmptyAndNullReadsAsNullableNull()
        {
            Assert.Equal(string.Empty, default(ToolType).ToString());
            Assert.Null(JsonSerializer.Deserialize<ResponseMessageItem>("{\"role\":null}", VoiceLiveJson.Options)!.Role);
        }
    }
}
