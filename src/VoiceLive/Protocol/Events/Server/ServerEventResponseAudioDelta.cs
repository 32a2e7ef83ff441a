using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio.delta</c>: a chunk of the assistant's audio, in the session's <c>output_audio_format</c>.
    /// <see cref="Delta"/> holds the decoded bytes (the wire carries base64).
    /// </summary>
    public sealed class ServerEventResponseAudioDelta : ServerEvent
    {
        /// <summary>Creates an empty event (for deserialization and tests).</summary>
        public ServerEventResponseAudioDelta()
            : base(WireNames.ResponseAudioDelta)
        {
        }

        /// <summary>The response (<c>response_id</c>) the audio belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId { get; set; } = string.Empty;

        /// <summary>The assistant item (<c>item_id</c>) the audio belongs to.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId { get; set; } = string.Empty;

        /// <summary>The index of the item in the response's output (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The index of the content part in the item (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The audio bytes of this chunk, decoded from the wire's base64 <c>delta</c>.</summary>
        [JsonPropertyName("delta")]
        public ReadOnlyMemory<byte> Delta { get; set; }
    }
}
