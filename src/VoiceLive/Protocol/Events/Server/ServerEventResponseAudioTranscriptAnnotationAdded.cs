using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.audio_transcript.annotation.added</c>: an annotation (for example a citation from a search tool) was attached to the transcript of the assistant's audio.
    /// </summary>
    [WireEvent("response.audio_transcript.annotation.added", EventGroup.Responses)]
    public sealed class ServerEventResponseAudioTranscriptAnnotationAdded : ServerEvent
    {
        private string _responseId = string.Empty;
        private string _itemId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseAudioTranscriptAnnotationAdded()
            : base(WireNames.ResponseAudioTranscriptAnnotationAdded)
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

        /// <summary>The index of the annotation within the content part (<c>annotation_index</c>).</summary>
        [JsonPropertyName("annotation_index")]
        public int AnnotationIndex { get; set; }

        /// <summary>The annotation (<c>annotation</c>) as raw JSON; its shape depends on the tool that produced it. Null when the service sent none.</summary>
        [JsonPropertyName("annotation")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Annotation { get; set; }
    }
}
