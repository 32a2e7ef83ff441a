using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.truncate</c>: truncates the audio of an assistant item at the point the user stopped hearing it (after an interruption), so the transcript the model sees matches what was played.
    /// </summary>
    [WireEvent("conversation.item.truncate", EventGroup.ConversationItems, SentBy = "Conversation.Item.TruncateAsync")]
    public sealed class ClientEventConversationItemTruncate : ClientEvent
    {
        private string _itemId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventConversationItemTruncate()
            : base(WireNames.ConversationItemTruncate)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="itemId">The assistant message item (<c>item_id</c>) to truncate.</param>
        /// <param name="contentIndex">The index of the audio content part to truncate (<c>content_index</c>); usually 0.</param>
        /// <param name="audioEndMs">How much of the audio the user heard, in milliseconds (<c>audio_end_ms</c>); audio and transcript after this point are removed.</param>
        public ClientEventConversationItemTruncate(string itemId, int contentIndex, int audioEndMs)
            : this()
        {
            ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));
            ContentIndex = contentIndex;
            AudioEndMs = audioEndMs;
        }

        /// <summary>The assistant message item (<c>item_id</c>) to truncate.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part to truncate (<c>content_index</c>); usually 0.</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>How much of the audio the user heard, in milliseconds (<c>audio_end_ms</c>); audio and transcript after this point are removed.</summary>
        [JsonPropertyName("audio_end_ms")]
        public int AudioEndMs { get; set; }
    }
}
