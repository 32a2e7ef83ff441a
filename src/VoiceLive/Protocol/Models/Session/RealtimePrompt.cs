using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A reference to a stored prompt template and its variables (<c>prompt</c> of a session or response, api-version <c>v1</c>).</summary>
    public sealed class RealtimePrompt
    {
        private IDictionary<string, BinaryData> _variables = new OptionalDictionary<string, BinaryData>();

        /// <summary>Creates an empty instance; set <see cref="Id"/> before sending.</summary>
        public RealtimePrompt()
        {
        }

        /// <summary>Creates a reference to the prompt template with the given id.</summary>
        /// <param name="id">The prompt template's id.</param>
        public RealtimePrompt(string id)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }

        /// <summary>The prompt template's id (<c>id</c>).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The template's version (<c>version</c>); null for the current one.</summary>
        [JsonPropertyName("version")]
        public string? Version { get; set; }

        /// <summary>Values substituted for the template's variables (<c>variables</c>), each as raw JSON (a string, or an input such as an image). Not sent until an item is added.</summary>
        [JsonPropertyName("variables")]
        [JsonConverter(typeof(RawJsonDictionaryConverter))]
        public IDictionary<string, BinaryData> Variables
        {
            get => _variables;
            set => _variables = value ?? new OptionalDictionary<string, BinaryData>();
        }
    }
}
