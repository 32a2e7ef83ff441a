using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.deleted</c>: an item was removed from the conversation in answer to <c>conversation.item.delete</c>.
    /// </summary>
    [WireEvent("conversation.item.deleted", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemDeleted : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemDeleted()
            : base(WireNames.ConversationItemDeleted)
        {
        }

        /// <summary>The item (<c>item_id</c>) that was deleted.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
