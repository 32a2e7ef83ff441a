using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.created</c>: an item was added to the conversation, by the client (<c>conversation.item.create</c>), by a committed audio buffer, or by a response.
    /// </summary>
    [WireEvent("conversation.item.created", EventGroup.ConversationItems, GaAlias = "conversation.item.added")]
    public sealed class ServerEventConversationItemCreated : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemCreated()
            : base(WireNames.ConversationItemCreated)
        {
        }

        /// <summary>The item (<c>previous_item_id</c>) that precedes this one in the conversation; null when it is the first.</summary>
        [JsonPropertyName("previous_item_id")]
        public string? PreviousItemId { get; set; }

        /// <summary>The item that was added (<c>item</c>).</summary>
        [JsonPropertyName("item")]
        public ResponseItem? Item { get; set; }
    }
}
