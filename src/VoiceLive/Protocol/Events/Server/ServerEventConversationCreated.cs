using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.created</c>: (GA protocol, api-version <c>v1</c>) the session's conversation was created, right after
    /// the session.
    /// </summary>
    [WireEvent("conversation.created", EventGroup.GaProtocol)]
    public sealed class ServerEventConversationCreated : ServerEvent
    {
        private VoiceLiveConversation _conversation = new VoiceLiveConversation();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationCreated()
            : base(WireNames.ConversationCreated)
        {
        }

        /// <summary>The conversation (<c>conversation</c>).</summary>
        [JsonPropertyName("conversation")]
        public VoiceLiveConversation Conversation
        {
            get => _conversation;
            set => _conversation = value ?? new VoiceLiveConversation();
        }
    }
}
