using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    // Written by eng/ProtocolGen from the [WireEvent] event classes: edit those and run
    // `dotnet run --project eng/ProtocolGen`, not this file (CI checks that regenerating changes nothing).
    internal static partial class ServerEventRegistry
    {
        // One frozen lookup from wire type to metadata. A GA name for an event whose shape did not change is an alias:
        // it reads into the existing class, with Type set to the GA name.
        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>
        {
            [WireNames.ConversationCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationCreated)),
            [WireNames.ConversationItemAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemCreated)),
            [WireNames.ConversationItemCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemCreated)),
            [WireNames.ConversationItemDeleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemDeleted)),
            [WireNames.ConversationItemDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemDone)),
            [WireNames.ConversationItemInputAudioTranscriptionCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionCompleted)),
            [WireNames.ConversationItemInputAudioTranscriptionDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionDelta)),
            [WireNames.ConversationItemInputAudioTranscriptionFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionFailed)),
            [WireNames.ConversationItemInputAudioTranscriptionSegment] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionSegment)),
            [WireNames.ConversationItemRetrieved] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemRetrieved)),
            [WireNames.ConversationItemTruncated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemTruncated)),
            [WireNames.Error] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventError)),
            [WireNames.InputAudioBufferCleared] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferCleared)),
            [WireNames.InputAudioBufferCommitted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferCommitted)),
            [WireNames.InputAudioBufferDtmfEventReceived] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferDtmfEventReceived)),
            [WireNames.InputAudioBufferSpeechStarted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferSpeechStarted)),
            [WireNames.InputAudioBufferSpeechStopped] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferSpeechStopped)),
            [WireNames.InputAudioBufferTimeoutTriggered] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferTimeoutTriggered)),
            [WireNames.McpListToolsCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsCompleted)),
            [WireNames.McpListToolsFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsFailed)),
            [WireNames.McpListToolsInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsInProgress)),
            [WireNames.OutputAudioBufferCleared] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferCleared)),
            [WireNames.OutputAudioBufferStarted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferStarted)),
            [WireNames.OutputAudioBufferStopped] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferStopped)),
            [WireNames.RateLimitsUpdated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRateLimitsUpdated)),
            [WireNames.RealtimeCallConnected] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallConnected)),
            [WireNames.RealtimeCallDisconnected] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallDisconnected)),
            [WireNames.RealtimeCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallFailed)),
            [WireNames.RealtimeCallIncoming] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallIncoming)),
            [WireNames.RealtimeCallTransferFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallTransferFailed)),
            [WireNames.RealtimeCallTransferSucceeded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallTransferSucceeded)),
            [WireNames.ResponseAnimationBlendshapesDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDelta)),
            [WireNames.ResponseAnimationBlendshapesDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDone)),
            [WireNames.ResponseAnimationVisemeDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationVisemeDelta)),
            [WireNames.ResponseAnimationVisemeDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationVisemeDone)),
            [WireNames.ResponseAudioDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDelta)),
            [WireNames.ResponseAudioDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDone)),
            [WireNames.ResponseAudioTimestampDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTimestampDelta)),
            [WireNames.ResponseAudioTimestampDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTimestampDone)),
            [WireNames.ResponseAudioTranscriptAnnotationAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptAnnotationAdded)),
            [WireNames.ResponseAudioTranscriptDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta)),
            [WireNames.ResponseAudioTranscriptDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDone)),
            [WireNames.ResponseContentPartAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseContentPartAdded)),
            [WireNames.ResponseContentPartDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseContentPartDone)),
            [WireNames.ResponseCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseCreated)),
            [WireNames.ResponseDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseDone)),
            [WireNames.ResponseFileSearchCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallCompleted)),
            [WireNames.ResponseFileSearchCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallInProgress)),
            [WireNames.ResponseFileSearchCallSearching] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallSearching)),
            [WireNames.ResponseFoundryAgentCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDelta)),
            [WireNames.ResponseFoundryAgentCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDone)),
            [WireNames.ResponseFoundryAgentCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallCompleted)),
            [WireNames.ResponseFoundryAgentCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallFailed)),
            [WireNames.ResponseFoundryAgentCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallInProgress)),
            [WireNames.ResponseFunctionCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDelta)),
            [WireNames.ResponseFunctionCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDone)),
            [WireNames.ResponseInvocationDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseInvocationDelta)),
            [WireNames.ResponseMcpCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDelta)),
            [WireNames.ResponseMcpCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDone)),
            [WireNames.ResponseMcpCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallCompleted)),
            [WireNames.ResponseMcpCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallFailed)),
            [WireNames.ResponseMcpCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallInProgress)),
            [WireNames.ResponseOutputAudioDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDelta)),
            [WireNames.ResponseOutputAudioDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDone)),
            [WireNames.ResponseOutputAudioTranscriptDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta)),
            [WireNames.ResponseOutputAudioTranscriptDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDone)),
            [WireNames.ResponseOutputItemAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseOutputItemAdded)),
            [WireNames.ResponseOutputItemDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseOutputItemDone)),
            [WireNames.ResponseOutputTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDelta)),
            [WireNames.ResponseOutputTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDone)),
            [WireNames.ResponseTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDelta)),
            [WireNames.ResponseTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDone)),
            [WireNames.ResponseVideoDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseVideoDelta)),
            [WireNames.ResponseWebSearchCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallCompleted)),
            [WireNames.ResponseWebSearchCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallInProgress)),
            [WireNames.ResponseWebSearchCallSearching] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallSearching)),
            [WireNames.RtcCallError] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRtcCallError)),
            [WireNames.RtcCallSdpCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRtcCallSdpCreated)),
            [WireNames.SessionAvatarConnecting] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarConnecting)),
            [WireNames.SessionAvatarSwitchToIdle] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarSwitchToIdle)),
            [WireNames.SessionAvatarSwitchToSpeaking] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarSwitchToSpeaking)),
            [WireNames.SessionCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionCreated)),
            [WireNames.SessionUpdated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionUpdated)),
            [WireNames.Warning] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventWarning)),
        }.ToFrozenDictionary();

        /// <summary>Every server wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
