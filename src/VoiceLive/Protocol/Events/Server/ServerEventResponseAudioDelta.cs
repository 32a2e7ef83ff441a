using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio.delta</c>: a chunk of the assistant's audio, in the session's <c>output_audio_format</c>.
    /// </summary>
    [WireEvent("response.audio.delta", EventGroup.Responses, GaAlias = "response.output_audio.delta")]
    public sealed class ServerEventResponseAudioDelta : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAudioDelta()
            : base(WireNames.ResponseAudioDelta)
        {
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The output item (<c>item_id</c>) this event belongs to.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>The index of the content part within the item's <c>content</c> (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The audio bytes of this chunk, decoded from the wire's base64 <c>delta</c>.</summary>
        [JsonPropertyName("delta")]
        public ReadOnlyMemory<byte> Delta { get; set; }
    }
}
