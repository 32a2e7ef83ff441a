using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    internal static partial class ServerEventRegistry
    {
        // One frozen lookup from wire type to metadata: adding an event adds one line here.
        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>
        {
            [WireNames.Error] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventError)),
            [WireNames.Warning] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventWarning)),
            [WireNames.SessionCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionCreated)),
            [WireNames.SessionUpdated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionUpdated)),
            [WireNames.SessionAvatarConnecting] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarConnecting)),
            [WireNames.InputAudioBufferCommitted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferCommitted)),
            [WireNames.InputAudioBufferCleared] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferCleared)),
            [WireNames.InputAudioBufferSpeechStarted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferSpeechStarted)),
            [WireNames.InputAudioBufferSpeechStopped] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferSpeechStopped)),
            [WireNames.ConversationItemCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemCreated)),
            [WireNames.ConversationItemInputAudioTranscriptionCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionCompleted)),
            [WireNames.ConversationItemInputAudioTranscriptionFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionFailed)),
            [WireNames.ConversationItemTruncated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemTruncated)),
            [WireNames.ConversationItemDeleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemDeleted)),
            [WireNames.ResponseCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseCreated)),
            [WireNames.ResponseDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseDone)),
            [WireNames.ResponseOutputItemAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseOutputItemAdded)),
            [WireNames.ResponseOutputItemDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseOutputItemDone)),
            [WireNames.ResponseContentPartAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseContentPartAdded)),
            [WireNames.ResponseContentPartDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseContentPartDone)),
            [WireNames.ResponseTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDelta)),
            [WireNames.ResponseTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDone)),
            [WireNames.ResponseAudioTranscriptDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta)),
            [WireNames.ResponseAudioTranscriptDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDone)),
            [WireNames.ResponseAudioDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDelta)),
            [WireNames.ResponseAudioDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDone)),
            [WireNames.ResponseAnimationBlendshapesDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDelta)),
            [WireNames.ResponseAnimationBlendshapesDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDone)),
            [WireNames.ResponseAudioTimestampDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTimestampDelta)),
            [WireNames.ResponseAudioTimestampDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTimestampDone)),
            [WireNames.ResponseAnimationVisemeDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationVisemeDelta)),
            [WireNames.ResponseAnimationVisemeDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAnimationVisemeDone)),
            [WireNames.ConversationItemInputAudioTranscriptionDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionDelta)),
            [WireNames.ConversationItemRetrieved] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemRetrieved)),
            [WireNames.ResponseFunctionCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDelta)),
            [WireNames.ResponseFunctionCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDone)),
            [WireNames.McpListToolsInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsInProgress)),
            [WireNames.McpListToolsCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsCompleted)),
            [WireNames.McpListToolsFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventMcpListToolsFailed)),
            [WireNames.ResponseMcpCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDelta)),
            [WireNames.ResponseMcpCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDone)),
            [WireNames.ResponseMcpCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallInProgress)),
            [WireNames.ResponseMcpCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallCompleted)),
            [WireNames.ResponseMcpCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseMcpCallFailed)),
            [WireNames.SessionAvatarSwitchToSpeaking] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarSwitchToSpeaking)),
            [WireNames.SessionAvatarSwitchToIdle] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventSessionAvatarSwitchToIdle)),
            [WireNames.ResponseVideoDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseVideoDelta)),
            [WireNames.ResponseWebSearchCallSearching] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallSearching)),
            [WireNames.ResponseWebSearchCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallInProgress)),
            [WireNames.ResponseWebSearchCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseWebSearchCallCompleted)),
            [WireNames.ResponseFileSearchCallSearching] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallSearching)),
            [WireNames.ResponseFileSearchCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallInProgress)),
            [WireNames.ResponseFileSearchCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFileSearchCallCompleted)),
            [WireNames.OutputAudioBufferCleared] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferCleared)),
            [WireNames.ResponseAudioTranscriptAnnotationAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptAnnotationAdded)),
            [WireNames.ResponseInvocationDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseInvocationDelta)),
            [WireNames.RealtimeCallIncoming] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallIncoming)),
            [WireNames.RealtimeCallConnected] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallConnected)),
            [WireNames.RealtimeCallDisconnected] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallDisconnected)),
            [WireNames.RealtimeCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallFailed)),
            [WireNames.RealtimeCallTransferSucceeded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallTransferSucceeded)),
            [WireNames.RealtimeCallTransferFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRealtimeCallTransferFailed)),
            [WireNames.ResponseFoundryAgentCallArgumentsDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDelta)),
            [WireNames.ResponseFoundryAgentCallArgumentsDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDone)),
            [WireNames.ResponseFoundryAgentCallInProgress] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallInProgress)),
            [WireNames.ResponseFoundryAgentCallCompleted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallCompleted)),
            [WireNames.ResponseFoundryAgentCallFailed] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseFoundryAgentCallFailed)),
            [WireNames.RtcCallSdpCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRtcCallSdpCreated)),
            [WireNames.RtcCallError] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRtcCallError)),
            [WireNames.OutputAudioBufferStarted] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferStarted)),
            [WireNames.OutputAudioBufferStopped] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventOutputAudioBufferStopped)),
            [WireNames.RateLimitsUpdated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventRateLimitsUpdated)),

            // GA protocol names (OpenAI Realtime GA, newer api-versions). New events have their own class; a GA name for an
            // event whose shape did not change is an alias: it reads into the existing class, with Type set to the GA name.
            [WireNames.ConversationItemDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemDone)),
            [WireNames.ConversationItemInputAudioTranscriptionSegment] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionSegment)),
            [WireNames.InputAudioBufferTimeoutTriggered] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferTimeoutTriggered)),
            [WireNames.ConversationCreated] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationCreated)),
            [WireNames.InputAudioBufferDtmfEventReceived] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventInputAudioBufferDtmfEventReceived)),
            [WireNames.ConversationItemAdded] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventConversationItemCreated)),
            [WireNames.ResponseOutputAudioDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDelta)),
            [WireNames.ResponseOutputAudioDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioDone)),
            [WireNames.ResponseOutputAudioTranscriptDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta)),
            [WireNames.ResponseOutputAudioTranscriptDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseAudioTranscriptDone)),
            [WireNames.ResponseOutputTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDelta)),
            [WireNames.ResponseOutputTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ServerEventResponseTextDone)),
        }.ToFrozenDictionary();

        /// <summary>Every server wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
