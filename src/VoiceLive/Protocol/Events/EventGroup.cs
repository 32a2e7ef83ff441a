namespace VoiceLive
{
    /// <summary>
    /// The sections of docs/events.md's event tables: each section is marked there by <c>&lt;!-- generated:server:Name --&gt;</c>
    /// or <c>&lt;!-- generated:client:Name --&gt;</c>, and eng/ProtocolGen lists each event class in its group's section.
    /// </summary>
    internal enum EventGroup
    {
        /// <summary>Session configuration.</summary>
        Session,

        /// <summary>The input audio buffer.</summary>
        InputAudioBuffer,

        /// <summary>Client-delimited input audio turns (Voice Live extension).</summary>
        InputAudioTurn,

        /// <summary>Streamed text input (Voice Live extension).</summary>
        InputText,

        /// <summary>Conversation items and input transcription.</summary>
        ConversationItems,

        /// <summary>Responses: lifecycle, text and audio.</summary>
        Responses,

        /// <summary>Function, MCP and Foundry agent calls.</summary>
        ToolCalls,

        /// <summary>Avatar, animation, output audio buffer (and, for client events, WebRTC).</summary>
        Avatar,

        /// <summary>Web and file search.</summary>
        Search,

        /// <summary>SIP telephony and WebRTC.</summary>
        Telephony,

        /// <summary>Errors, warnings and limits.</summary>
        Errors,

        /// <summary>Events that exist only under the GA protocol's names (listed with the GA aliases).</summary>
        GaProtocol,
    }
}
