using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A web search action (<c>type</c> <c>search</c>).</summary>
    public sealed class ActionSearch
    {
        private IList<ActionSearchSource> _sources = new OptionalList<ActionSearchSource>();

        /// <summary>The action kind (<c>type</c>), <c>search</c>.</summary>
        [JsonPropertyName("type")]
        public string Type { get; set; } = "search";

        /// <summary>The query (<c>query</c>).</summary>
        [JsonPropertyName("query")]
        public string? Query { get; set; }

        /// <summary>The sources found (<c>sources</c>).</summary>
        [JsonPropertyName("sources")]
        public IList<ActionSearchSource> Sources
        {
            get => _sources;
            set => _sources = value ?? new OptionalList<ActionSearchSource>();
        }
    }
}
