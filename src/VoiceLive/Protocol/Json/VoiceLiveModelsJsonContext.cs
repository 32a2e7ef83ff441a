using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// Source-generated metadata for every model (sessions, items, content parts, voices, tools, ...), so union converters
    /// can fetch a concrete member's metadata with <c>options.GetTypeInfo(type)</c> and tests can read any model directly.
    /// </summary>
    // A separate context rather than a partial of VoiceLiveJsonContext: the JSON source generator runs once per partial
    // declaration that carries [JsonSerializable], so two such partials emit every file twice and the build fails
    // (CS8785 duplicate hintName). VoiceLiveJson combines both contexts into one resolver. Unknown* union members are
    // absent on purpose: their base converter writes their raw JSON. Options mirror VoiceLiveJsonContext; at run time
    // the options of VoiceLiveJson apply to both.
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = JsonLimits.MaxDepth)]
    [JsonSerializable(typeof(ActionFind))]
    [JsonSerializable(typeof(ActionOpenPage))]
    [JsonSerializable(typeof(ActionSearch))]
    [JsonSerializable(typeof(ActionSearchSource))]
    [JsonSerializable(typeof(AgentConfig))]
    [JsonSerializable(typeof(Animation))]
    [JsonSerializable(typeof(AssistantMessageItem))]
    [JsonSerializable(typeof(AudioEchoCancellation))]
    [JsonSerializable(typeof(AudioInputTranscriptionOptions))]
    [JsonSerializable(typeof(AudioNoiseReduction))]
    [JsonSerializable(typeof(AvatarConfig))]
    [JsonSerializable(typeof(AzureAvatarVoiceSyncVoice))]
    [JsonSerializable(typeof(AzureCustomVoice))]
    [JsonSerializable(typeof(AzurePersonalVoice))]
    [JsonSerializable(typeof(AzureRealtimeNativeVoice))]
    [JsonSerializable(typeof(AzureSemanticDetection))]
    [JsonSerializable(typeof(AzureSemanticDetectionEn))]
    [JsonSerializable(typeof(AzureSemanticDetectionMultilingual))]
    [JsonSerializable(typeof(AzureSemanticVad))]
    [JsonSerializable(typeof(AzureSemanticVadEn))]
    [JsonSerializable(typeof(AzureSemanticVadMultilingual))]
    [JsonSerializable(typeof(AzureStandardVoice))]
    [JsonSerializable(typeof(Background))]
    [JsonSerializable(typeof(CachedTokenDetails))]
    [JsonSerializable(typeof(ContentPart))]
    [JsonSerializable(typeof(ConversationRequestItem))]
    [JsonSerializable(typeof(EouDetection))]
    [JsonSerializable(typeof(FileSearchResult))]
    [JsonSerializable(typeof(FoundryAgentTool))]
    [JsonSerializable(typeof(FunctionCallItem))]
    [JsonSerializable(typeof(FunctionCallOutputItem))]
    [JsonSerializable(typeof(FunctionTool))]
    [JsonSerializable(typeof(IceServer))]
    [JsonSerializable(typeof(InputAudioContentPart))]
    [JsonSerializable(typeof(InputImageContentPart))]
    [JsonSerializable(typeof(InputTextContentPart))]
    [JsonSerializable(typeof(InputTokenDetails))]
    [JsonSerializable(typeof(InterimResponseConfig))]
    [JsonSerializable(typeof(LlmInterimResponseConfig))]
    [JsonSerializable(typeof(LogProbProperties))]
    [JsonSerializable(typeof(McpApprovalPolicy))]
    [JsonSerializable(typeof(McpApprovalResponseRequestItem))]
    [JsonSerializable(typeof(McpServer))]
    [JsonSerializable(typeof(McpTool))]
    [JsonSerializable(typeof(MessageContentPart))]
    [JsonSerializable(typeof(MessageItem))]
    [JsonSerializable(typeof(OpenAIVoice))]
    [JsonSerializable(typeof(OutputTextContentPart))]
    [JsonSerializable(typeof(OutputTokenDetails))]
    [JsonSerializable(typeof(RateLimitsItem))]
    [JsonSerializable(typeof(RequestAudioContentPart))]
    [JsonSerializable(typeof(RequestImageContentPart))]
    [JsonSerializable(typeof(RequestSession))]
    [JsonSerializable(typeof(RequestTextContentPart))]
    [JsonSerializable(typeof(ResponseAudioContentPart))]
    [JsonSerializable(typeof(ResponseCancelledDetails))]
    [JsonSerializable(typeof(ResponseCreateParams))]
    [JsonSerializable(typeof(ResponseFailedDetails))]
    [JsonSerializable(typeof(ResponseFileSearchCallItem))]
    [JsonSerializable(typeof(ResponseFoundryAgentCallItem))]
    [JsonSerializable(typeof(ResponseFunctionCallItem))]
    [JsonSerializable(typeof(ResponseFunctionCallOutputItem))]
    [JsonSerializable(typeof(ResponseIncompleteDetails))]
    [JsonSerializable(typeof(ResponseItem))]
    [JsonSerializable(typeof(ResponseMcpApprovalRequestItem))]
    [JsonSerializable(typeof(ResponseMcpApprovalResponseItem))]
    [JsonSerializable(typeof(ResponseMcpCallItem))]
    [JsonSerializable(typeof(ResponseMcpListToolItem))]
    [JsonSerializable(typeof(ResponseMessageItem))]
    [JsonSerializable(typeof(ResponseSession))]
    [JsonSerializable(typeof(ResponseStatusDetails))]
    [JsonSerializable(typeof(ResponseTextContentPart))]
    [JsonSerializable(typeof(ResponseWebSearchCallItem))]
    [JsonSerializable(typeof(RtcCallErrorDetails))]
    [JsonSerializable(typeof(Scene))]
    [JsonSerializable(typeof(ServerEventErrorDetails))]
    [JsonSerializable(typeof(ServerEventWarningDetails))]
    [JsonSerializable(typeof(ServerVad))]
    [JsonSerializable(typeof(SmartEndOfTurnDetection))]
    [JsonSerializable(typeof(StaticInterimResponseConfig))]
    [JsonSerializable(typeof(SystemMessageItem))]
    [JsonSerializable(typeof(TokenUsage))]
    [JsonSerializable(typeof(Tool))]
    [JsonSerializable(typeof(ToolChoice))]
    [JsonSerializable(typeof(ToolChoiceFunctionSelection))]
    [JsonSerializable(typeof(TranscriptionPhrase))]
    [JsonSerializable(typeof(TranscriptionWord))]
    [JsonSerializable(typeof(TurnDetection))]
    [JsonSerializable(typeof(UserMessageItem))]
    [JsonSerializable(typeof(VideoCrop))]
    [JsonSerializable(typeof(VideoParams))]
    [JsonSerializable(typeof(VideoResolution))]
    [JsonSerializable(typeof(Voice))]
    [JsonSerializable(typeof(VoiceLiveErrorDetails))]
    [JsonSerializable(typeof(VoiceLiveResponse))]
    internal sealed partial class VoiceLiveModelsJsonContext : JsonSerializerContext
    {
    }
}
