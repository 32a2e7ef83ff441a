using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.delete</c>: removes an item from the conversation; the service answers with <c>conversation.item.deleted</c>.
    /// </summary>
    [WireEvent("conversation.item.delete", EventGroup.ConversationItems, SentBy = "Conversation.Item.DeleteAsync")]
    public sealed class ClientEventConversationItemDelete : ClientEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventConversationItemDelete()
            : base(WireNames.ConversationItemDelete)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="itemId">The item (<c>item_id</c>) to delete.</param>
        public ClientEventConversationItemDelete(string itemId)
            : this()
        {
            ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));
        }

        /// <summary>The item (<c>item_id</c>) to delete.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
