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
            [WireNames.SessionAvatarConnecting] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventSessionAvatarConnecting))!,
            [WireNames.InputAudioBufferCommitted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferCommitted))!,
            [WireNames.InputAudioBufferCleared] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferCleared))!,
            [WireNames.InputAudioBufferSpeechStarted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferSpeechStarted))!,
            [WireNames.InputAudioBufferSpeechStopped] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventInputAudioBufferSpeechStopped))!,
            [WireNames.ConversationItemTruncated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemTruncated))!,
            [WireNames.ConversationItemDeleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventConversationItemDeleted))!,
            [WireNames.ResponseTextDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDelta))!,
            [WireNames.ResponseTextDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseTextDone))!,
            [WireNames.ResponseAudioTranscriptDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDelta))!,
            [WireNames.ResponseAudioTranscriptDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTranscriptDone))!,
            [WireNames.ResponseAudioDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDelta))!,
            [WireNames.ResponseAudioDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioDone))!,
            [WireNames.ResponseAnimationBlendshapesDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationBlendshapesDone))!,
            [WireNames.ResponseAudioTimestampDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAudioTimestampDone))!,
            [WireNames.ResponseAnimationVisemeDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationVisemeDelta))!,
            [WireNames.ResponseAnimationVisemeDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseAnimationVisemeDone))!,
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
            [WireNames.ResponseFoundryAgentCallArgumentsDelta] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDelta))!,
            [WireNames.ResponseFoundryAgentCallArgumentsDone] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallArgumentsDone))!,
            [WireNames.ResponseFoundryAgentCallInProgress] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallInProgress))!,
            [WireNames.ResponseFoundryAgentCallCompleted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallCompleted))!,
            [WireNames.ResponseFoundryAgentCallFailed] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventResponseFoundryAgentCallFailed))!,
            [WireNames.RtcCallSdpCreated] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventRtcCallSdpCreated))!,
            [WireNames.OutputAudioBufferStarted] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventOutputAudioBufferStarted))!,
            [WireNames.OutputAudioBufferStopped] = VoiceLiveJson.GetTypeInfo(typeof(ServerEventOutputAudioBufferStopped))!,
        }.ToFrozenDictionary();

        /// <summary>Every server wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
