using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>One file search hit (<c>results[]</c> of a <c>file_search_call</c> item).</summary>
    public sealed class FileSearchResult
    {
        private IDictionary<string, string> _attributes = new OptionalDictionary<string, string>();

        /// <summary>Attributes of the file (<c>attributes</c>).</summary>
        [JsonPropertyName("attributes")]
        public IDictionary<string, string> Attributes
        {
            get => _attributes;
            set => _attributes = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>The file's id (<c>file_id</c>).</summary>
        [JsonPropertyName("file_id")]
        public string? FileId { get; set; }

        /// <summary>The file's name (<c>filename</c>).</summary>
        [JsonPropertyName("filename")]
        public string? Filename { get; set; }

        /// <summary>The relevance score (<c>score</c>).</summary>
        [JsonPropertyName("score")]
        public double? Score { get; set; }

        /// <summary>The matching text (<c>text</c>).</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }
}
