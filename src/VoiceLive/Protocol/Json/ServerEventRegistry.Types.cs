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
            [WireNames.Error] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventError))!,
            [WireNames.Warning] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventWarning))!,
            [WireNames.SessionCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionCreated))!,
            [WireNames.SessionUpdated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionUpdated))!,
            [WireNames.SessionAvatarConnecting] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionAvatarConnecting))!,
            [WireNames.InputAudioBufferCommitted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferCommitted))!,
            [WireNames.InputAudioBufferCleared] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferCleared))!,
            [WireNames.InputAudioBufferSpeechStarted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferSpeechStarted))!,
            [WireNames.InputAudioBufferSpeechStopped] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferSpeechStopped))!,
            [WireNames.ConversationItemCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemCreated))!,
            [WireNames.ConversationItemInputAudioTranscriptionCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionCompleted))!,
            [WireNames.ConversationItemInputAudioTranscriptionFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionFailed))!,
            [WireNames.ConversationItemTruncated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemTruncated))!,
            [WireNames.ConversationItemDeleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemDeleted))!,
            [WireNames.ResponseCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseCreated))!,
            [WireNames.ResponseDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseDone))!,
            [WireNames.ResponseOutputItemAdded] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseOutputItemAdded))!,
            [WireNames.ResponseOutputItemDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseOutputItemDone))!,
            [WireNames.ResponseContentPartAdded] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseContentPartAdded))!,
            [WireNames.ResponseContentPartDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseContentPartDone))!,
            [WireNames.ResponseTextDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDelta))!,
            [WireNames.ResponseTextDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDone))!,
            [WireNames.ResponseAudioTranscriptDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta))!,
            [WireNames.ResponseAudioTranscriptDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDone))!,
            [WireNames.ResponseAudioDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDelta))!,
            [WireNames.ResponseAudioDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDone))!,
            [WireNames.ResponseAnimationBlendshapesDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDelta))!,
            [WireNames.ResponseAnimationBlendshapesDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDone))!,
            [WireNames.ResponseAudioTimestampDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTimestampDelta))!,
            [WireNames.ResponseAudioTimestampDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTimestampDone))!,
            [WireNames.ResponseAnimationVisemeDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationVisemeDelta))!,
            [WireNames.ResponseAnimationVisemeDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationVisemeDone))!,
            [WireNames.ConversationItemInputAudioTranscriptionDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionDelta))!,
            [WireNames.ConversationItemRetrieved] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemRetrieved))!,
            [WireNames.ResponseFunctionCallArgumentsDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDelta))!,
            [WireNames.ResponseFunctionCallArgumentsDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFunctionCallArgumentsDone))!,
            [WireNames.McpListToolsInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventMcpListToolsInProgress))!,
            [WireNames.McpListToolsCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventMcpListToolsCompleted))!,
            [WireNames.McpListToolsFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventMcpListToolsFailed))!,
            [WireNames.ResponseMcpCallArgumentsDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDelta))!,
            [WireNames.ResponseMcpCallArgumentsDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseMcpCallArgumentsDone))!,
            [WireNames.ResponseMcpCallInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseMcpCallInProgress))!,
            [WireNames.ResponseMcpCallCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseMcpCallCompleted))!,
            [WireNames.ResponseMcpCallFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseMcpCallFailed))!,
            [WireNames.SessionAvatarSwitchToSpeaking] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionAvatarSwitchToSpeaking))!,
            [WireNames.SessionAvatarSwitchToIdle] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionAvatarSwitchToIdle))!,
            [WireNames.ResponseVideoDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseVideoDelta))!,
            [WireNames.ResponseWebSearchCallSearching] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseWebSearchCallSearching))!,
            [WireNames.ResponseWebSearchCallInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseWebSearchCallInProgress))!,
            [WireNames.ResponseWebSearchCallCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseWebSearchCallCompleted))!,
            [WireNames.ResponseFileSearchCallSearching] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFileSearchCallSearching))!,
            [WireNames.ResponseFileSearchCallInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFileSearchCallInProgress))!,
            [WireNames.ResponseFileSearchCallCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFileSearchCallCompleted))!,
            [WireNames.OutputAudioBufferCleared] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventOutputAudioBufferCleared))!,
            [WireNames.ResponseAudioTranscriptAnnotationAdded] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptAnnotationAdded))!,
            [WireNames.ResponseInvocationDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseInvocationDelta))!,
            [WireNames.RealtimeCallIncoming] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallIncoming))!,
            [WireNames.RealtimeCallConnected] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallConnected))!,
            [WireNames.RealtimeCallDisconnected] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallDisconnected))!,
            [WireNames.RealtimeCallFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallFailed))!,
            [WireNames.RealtimeCallTransferSucceeded] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallTransferSucceeded))!,
            [WireNames.RealtimeCallTransferFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRealtimeCallTransferFailed))!,
            [WireNames.ResponseFoundryAgentCallArgumentsDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDelta))!,
            [WireNames.ResponseFoundryAgentCallArgumentsDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDone))!,
            [WireNames.ResponseFoundryAgentCallInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallInProgress))!,
            [WireNames.ResponseFoundryAgentCallCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallCompleted))!,
            [WireNames.ResponseFoundryAgentCallFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallFailed))!,
            [WireNames.RtcCallSdpCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRtcCallSdpCreated))!,
            [WireNames.RtcCallError] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRtcCallError))!,
            [WireNames.OutputAudioBufferStarted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventOutputAudioBufferStarted))!,
            [WireNames.OutputAudioBufferStopped] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventOutputAudioBufferStopped))!,
            [WireNames.RateLimitsUpdated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRateLimitsUpdated))!,

            // GA protocol names (OpenAI Realtime GA, newer api-versions). New events have their own class; a GA name for an
            // event whose shape did not change is an alias: it reads into the existing class, with Type set to the GA name.
            [WireNames.ConversationItemDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemDone))!,
            [WireNames.ConversationItemInputAudioTranscriptionSegment] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemInputAudioTranscriptionSegment))!,
            [WireNames.InputAudioBufferTimeoutTriggered] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferTimeoutTriggered))!,
            [WireNames.ConversationCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationCreated))!,
            [WireNames.InputAudioBufferDtmfEventReceived] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferDtmfEventReceived))!,
            [WireNames.ConversationItemAdded] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemCreated))!,
            [WireNames.ResponseOutputAudioDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDelta))!,
            [WireNames.ResponseOutputAudioDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDone))!,
            [WireNames.ResponseOutputAudioTranscriptDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta))!,
            [WireNames.ResponseOutputAudioTranscriptDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDone))!,
            [WireNames.ResponseOutputTextDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDelta))!,
            [WireNames.ResponseOutputTextDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDone))!,
        }.ToFrozenDictionary();

        /// <summary>Every server wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
