using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A file search the service ran (<c>type</c> <c>file_search_call</c>).</summary>
    public sealed class ResponseFileSearchCallItem : ResponseItem
    {
        private IList<string> _queries = new OptionalList<string>();
        private IList<FileSearchResult> _results = new OptionalList<FileSearchResult>();

        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseFileSearchCallItem()
            : base(ItemType.FileSearchCall)
        {
        }

        /// <summary>The search queries (<c>queries</c>).</summary>
        [JsonPropertyName("queries")]
        public IList<string> Queries
        {
            get => _queries;
            set => _queries = value ?? new OptionalList<string>();
        }

        /// <summary>The state (<c>status</c>): <c>in_progress</c>, <c>searching</c>, <c>completed</c>, <c>incomplete</c> or <c>failed</c>.</summary>
        [JsonPropertyName("status")]
        public string? Status { get; set; }

        /// <summary>The results, when <c>file_search_call.results</c> is included (<c>results</c>).</summary>
        [JsonPropertyName("results")]
        public IList<FileSearchResult> Results
        {
            get => _results;
            set => _results = value ?? new OptionalList<FileSearchResult>();
        }
    }
}
