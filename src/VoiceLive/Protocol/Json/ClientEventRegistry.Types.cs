using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    // Written by eng/ProtocolGen from the [WireEvent] event classes: edit those and run
    // `dotnet run --project eng/ProtocolGen`, not this file (CI checks that regenerating changes nothing).
    internal static partial class ClientEventRegistry
    {
        // One frozen lookup from wire type to metadata, used to read client events (emulator, tests).
        private static readonly FrozenDictionary<string, JsonTypeInfo> s_types = new Dictionary<string, JsonTypeInfo>
        {
            [WireNames.ConversationItemCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemCreate)),
            [WireNames.ConversationItemDelete] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemDelete)),
            [WireNames.ConversationItemRetrieve] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemRetrieve)),
            [WireNames.ConversationItemTruncate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventConversationItemTruncate)),
            [WireNames.InputAudioBufferAppend] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferAppend)),
            [WireNames.InputAudioBufferClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferClear)),
            [WireNames.InputAudioBufferCommit] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioBufferCommit)),
            [WireNames.InputAudioClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioClear)),
            [WireNames.InputAudioTurnAppend] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnAppend)),
            [WireNames.InputAudioTurnCancel] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnCancel)),
            [WireNames.InputAudioTurnEnd] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnEnd)),
            [WireNames.InputAudioTurnStart] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputAudioTurnStart)),
            [WireNames.InputTextDelta] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputTextDelta)),
            [WireNames.InputTextDone] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventInputTextDone)),
            [WireNames.OutputAudioBufferClear] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventOutputAudioBufferClear)),
            [WireNames.ResponseCancel] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventResponseCancel)),
            [WireNames.ResponseCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventResponseCreate)),
            [WireNames.RtcCallSdpCreate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventRtcCallSdpCreate)),
            [WireNames.SessionAvatarConnect] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventSessionAvatarConnect)),
            [WireNames.SessionUpdate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventSessionUpdate)),
            [WireNames.TranscriptionSessionUpdate] = VoiceLiveJson.RequireTypeInfo(typeof(ClientEventTranscriptionSessionUpdate)),
        }.ToFrozenDictionary();

        /// <summary>Every client wire type this version maps to a class.</summary>
        public static IEnumerable<string> KnownTypes => s_types.Keys;
    }
}
