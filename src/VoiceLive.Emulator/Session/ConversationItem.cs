using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>One conversation item: its wire form plus what the emulator knows about it (heard text, audio).</summary>
    internal sealed class ConversationItem
    {
        public ConversationItem(string id, JsonObject item)
        {
            Id = id;
            Item = item;
        }

        public string Id { get; }

        /// <summary>The item as the client sees it (<c>conversation.item.created</c>/<c>.retrieved</c>).</summary>
        public JsonObject Item { get; }

        /// <summary>What the user said or typed (always decoded, even when transcription events are off).</summary>
        public string? HeardText { get; set; }

        /// <summary>For assistant audio: the full text the audio says, so truncation can shorten the transcript.</summary>
        public string? SpokenText { get; set; }

        /// <summary>For assistant audio: length of the (possibly truncated) audio in milliseconds.</summary>
        public int AudioMs { get; set; }

        public string? Role => (string?)Item["role"];

        public string? Type => (string?)Item["type"];
    }
}
