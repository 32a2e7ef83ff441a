using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    internal static partial class ClientEventRegistry
    {
        // One frozen lookup from wire type to metadata, used to read client events (emulator, tests).
        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>
        {
            [WireNames.SessionUpdate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventSessionUpdate))!,
            [WireNames.SessionAvatarConnect] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventSessionAvatarConnect))!,
            [WireNames.InputAudioTurnStart] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioTurnStart))!,
            [WireNames.InputAudioTurnAppend] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioTurnAppend))!,
            [WireNames.InputAudioTurnEnd] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioTurnEnd))!,
            [WireNames.InputAudioTurnCancel] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioTurnCancel))!,
            [WireNames.InputAudioClear] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioClear))!,
            [WireNames.InputTextDelta] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputTextDelta))!,
            [WireNames.InputTextDone] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputTextDone))!,
            [WireNames.InputAudioBufferAppend] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioBufferAppend))!,
            [WireNames.InputAudioBufferCommit] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioBufferCommit))!,
            [WireNames.InputAudioBufferClear] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventInputAudioBufferClear))!,
            [WireNames.ConversationItemCreate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventConversationItemCreate))!,
            [WireNames.ConversationItemTruncate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventConversationItemTruncate))!,
            [WireNames.ConversationItemDelete] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventConversationItemDelete))!,
            [WireNames.ResponseCreate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventResponseCreate))!,
            [WireNames.ResponseCancel] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventResponseCancel))!,
            [WireNames.ConversationItemRetrieve] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventConversationItemRetrieve))!,
            [WireNames.OutputAudioBufferClear] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventOutputAudioBufferClear))!,
            [WireNames.RtcCallSdpCreate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventRtcCallSdpCreate))!,
            [WireNames.TranscriptionSessionUpdate] = VoiceLiveJson.GetTypeInfo(typeof(ClientEventTranscriptionSessionUpdate))!,
        }.ToFrozenDictionary();

        /// <summary>Every client wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
