using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.create</c>: adds an item (a message, a function call output, an MCP approval…) to the conversation; the service answers with <c>conversation.item.created</c>.
    /// </summary>
    [WireEvent("conversation.item.create", EventGroup.ConversationItems, SentBy = "Conversation.Item.CreateAsync")]
    public sealed class ClientEventConversationItemCreate : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventConversationItemCreate()
            : base(WireNames.ConversationItemCreate)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="item">The item to add (<c>item</c>).</param>
        public ClientEventConversationItemCreate(ConversationRequestItem item)
            : this()
        {
            Item = item ?? throw new ArgumentNullException(nameof(item));
        }

        /// <summary>The item (<c>previous_item_id</c>) after which to insert the new item; when not sent, it is appended at the end of the conversation.</summary>
        [JsonPropertyName("previous_item_id")]
        public string? PreviousItemId { get; set; }

        /// <summary>The item to add (<c>item</c>).</summary>
        [JsonPropertyName("item")]
        public ConversationRequestItem? Item { get; set; }
    }
}
