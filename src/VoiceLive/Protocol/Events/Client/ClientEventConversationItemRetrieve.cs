using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.retrieve</c>: asks for an item as the server holds it; the service answers with <c>conversation.item.retrieved</c>.
    /// </summary>
    [WireEvent("conversation.item.retrieve", EventGroup.ConversationItems, SentBy = "Conversation.Item.RetrieveAsync")]
    public sealed class ClientEventConversationItemRetrieve : ClientEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventConversationItemRetrieve()
            : base(WireNames.ConversationItemRetrieve)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="itemId">The item (<c>item_id</c>) to retrieve.</param>
        public ClientEventConversationItemRetrieve(string itemId)
            : this()
        {
            ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));
        }

        /// <summary>The item (<c>item_id</c>) to retrieve.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }
    }
}
