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
            [WireNames.SessionUpdate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventSessionUpdate)),
            [WireNames.SessionAvatarConnect] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventSessionAvatarConnect)),
            [WireNames.InputAudioTurnStart] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnStart)),
            [WireNames.InputAudioTurnAppend] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnAppend)),
            [WireNames.InputAudioTurnEnd] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnEnd)),
            [WireNames.InputAudioTurnCancel] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnCancel)),
            [WireNames.InputAudioClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioClear)),
            [WireNames.InputTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputTextDelta)),
            [WireNames.InputTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputTextDone)),
            [WireNames.InputAudioBufferAppend] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferAppend)),
            [WireNames.InputAudioBufferCommit] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferCommit)),
            [WireNames.InputAudioBufferClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferClear)),
            [WireNames.ConversationItemCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemCreate)),
            [WireNames.ConversationItemTruncate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemTruncate)),
            [WireNames.ConversationItemDelete] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemDelete)),
            [WireNames.ResponseCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventResponseCreate)),
            [WireNames.ResponseCancel] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventResponseCancel)),
            [WireNames.ConversationItemRetrieve] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemRetrieve)),
            [WireNames.OutputAudioBufferClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventOutputAudioBufferClear)),
            [WireNames.RtcCallSdpCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventRtcCallSdpCreate)),
            [WireNames.TranscriptionSessionUpdate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventTranscriptionSessionUpdate)),
        }.ToFrozenDictionary();

        /// <summary>Every client wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
