using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A response of the model (<c>response</c> in <c>response.created</c> and <c>response.done</c>; the wire model <c>Response</c>).</summary>
    public sealed class VoiceLiveResponse
    {
        private IDictionary<string, JsonElement>? _additionalProperties;
        private IList<ResponseItem> _output = new OptionalList<ResponseItem>();
        private IList<Modality> _modalities = new OptionalList<Modality>();
        private IDictionary<string, string> _metadata = new OptionalDictionary<string, string>();

        /// <summary>The response id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The object kind (<c>object</c>), <c>realtime.response</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>The state of the response (<c>status</c>).</summary>
        [JsonPropertyName("status")]
        public ResponseStatus? Status { get; set; }

        /// <summary>Why the response was cancelled, is incomplete or failed (<c>status_details</c>).</summary>
        [JsonPropertyName("status_details")]
        public ResponseStatusDetails? StatusDetails { get; set; }

        /// <summary>The items the response produced (<c>output</c>).</summary>
        [JsonPropertyName("output")]
        public IList<ResponseItem> Output
        {
            get => _output;
            set => _output = value ?? new OptionalList<ResponseItem>();
        }

        /// <summary>Tokens the response used (<c>usage</c>); sent in <c>response.done</c>.</summary>
        [JsonPropertyName("usage")]
        public TokenUsage? Usage { get; set; }

        /// <summary>The conversation the response belongs to (<c>conversation_id</c>).</summary>
        [JsonPropertyName("conversation_id")]
        public string? ConversationId { get; set; }

        /// <summary>The voice used (<c>voice</c>).</summary>
        [JsonPropertyName("voice")]
        public Voice? Voice { get; set; }

        /// <summary>The output modalities (<c>modalities</c>).</summary>
        [JsonPropertyName("modalities")]
        public IList<Modality> Modalities
        {
            get => _modalities;
            set => _modalities = value ?? new OptionalList<Modality>();
        }

        /// <summary>Encoding of the output audio (<c>output_audio_format</c>).</summary>
        [JsonPropertyName("output_audio_format")]
        public OutputAudioFormat? OutputAudioFormat { get; set; }

        /// <summary>Sampling temperature used (<c>temperature</c>).</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; set; }

        /// <summary>Output token limit (<c>max_output_tokens</c>): a number or <c>inf</c>.</summary>
        [JsonPropertyName("max_output_tokens")]
        public MaxOutputTokens? MaxOutputTokens { get; set; }

        /// <summary>Key-value pairs attached to the response (<c>metadata</c>).</summary>
        [JsonPropertyName("metadata")]
        public IDictionary<string, string> Metadata
        {
            get => _metadata;
            set => _metadata = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>
        /// Members of the JSON that this version does not model, by name, each value as it was read; they are written
        /// back unchanged, so a model read from the service round-trips whole. Add entries to send a field this version
        /// does not model (for example <c>AdditionalProperties["new_setting"] = JsonSerializer.SerializeToElement(true)</c>).
        /// </summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
