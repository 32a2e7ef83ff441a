using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A tool an MCP server offers (<c>tools[]</c> of an <c>mcp_list_tools</c> item).</summary>
    public sealed class McpTool
    {
        /// <summary>The tool's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The tool's description (<c>description</c>).</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>The JSON schema of the tool's input (<c>input_schema</c>), as raw JSON.</summary>
        [JsonPropertyName("input_schema")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? InputSchema { get; set; }

        /// <summary>The tool's annotations (<c>annotations</c>), as raw JSON.</summary>
        [JsonPropertyName("annotations")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Annotations { get; set; }
    }
}
