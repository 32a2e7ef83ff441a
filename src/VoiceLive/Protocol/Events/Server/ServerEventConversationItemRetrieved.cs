using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.retrieved</c>: the service's answer to <c>conversation.item.retrieve</c>: the item as the server holds it.
    /// </summary>
    [WireEvent("conversation.item.retrieved", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemRetrieved : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemRetrieved()
            : base(WireNames.ConversationItemRetrieved)
        {
        }

        /// <summary>The item as the server holds it (<c>item</c>).</summary>
        [JsonPropertyName("item")]
        public ResponseItem? Item { get; set; }
    }
}
