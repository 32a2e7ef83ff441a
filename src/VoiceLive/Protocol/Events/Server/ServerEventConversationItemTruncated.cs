using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.truncated</c>: an assistant audio item was truncated in answer to <c>conversation.item.truncate</c>, so its text matches what the user actually heard.
    /// </summary>
    [WireEvent("conversation.item.truncated", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemTruncated : ServerEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemTruncated()
            : base(WireNames.ConversationItemTruncated)
        {
        }

        /// <summary>The assistant item (<c>item_id</c>) that was truncated.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part that was truncated (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The point, in milliseconds, up to which the audio was kept (<c>audio_end_ms</c>).</summary>
        [JsonPropertyName("audio_end_ms")]
        public int AudioEndMs { get; set; }
    }
}
