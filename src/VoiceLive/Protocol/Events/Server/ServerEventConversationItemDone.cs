using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.done</c>: (GA protocol) an item of the conversation is complete; its content will not change any more. It follows <c>conversation.item.added</c> for the same item.
    /// </summary>
    [WireEvent("conversation.item.done", EventGroup.GaProtocol)]
    public sealed class ServerEventConversationItemDone : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemDone()
            : base(WireNames.ConversationItemDone)
        {
        }

        /// <summary>The item (<c>previous_item_id</c>) that precedes this one in the conversation; null when it is the first.</summary>
        [JsonPropertyName("previous_item_id")]
        public string? PreviousItemId { get; set; }

        /// <summary>The completed item (<c>item</c>).</summary>
        [JsonPropertyName("item")]
        public ResponseItem? Item { get; set; }
    }
}
