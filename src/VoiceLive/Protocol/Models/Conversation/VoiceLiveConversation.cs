using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The conversation of a session (<c>conversation</c> in <c>conversation.created</c>, api-version <c>v1</c>).</summary>
    public sealed class VoiceLiveConversation
    {
        private IDictionary<string, JsonElement>? _additionalProperties;

        /// <summary>The conversation id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The object kind (<c>object</c>), <c>realtime.conversation</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>
        /// Members of the JSON that this version does not model, by name, each value as it was read; they are written
        /// back unchanged, so a model read from the service round-trips whole.
        /// </summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
