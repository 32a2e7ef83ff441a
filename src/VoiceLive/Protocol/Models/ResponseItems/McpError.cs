using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// The typed error of a failed MCP tool call (<c>error</c> of an <c>mcp_call</c> item): <c>protocol_error</c> and
    /// <c>http_error</c> carry a numeric code, <c>tool_execution_error</c> only a message.
    /// </summary>
    public sealed class McpError
    {
        private IDictionary<string, JsonElement>? _additionalProperties;

        /// <summary>The kind of error (<c>type</c>).</summary>
        [JsonPropertyName("type")]
        public McpErrorType Type { get; set; }

        /// <summary>The protocol or HTTP status code (<c>code</c>); null for tool execution errors.</summary>
        [JsonPropertyName("code")]
        public long? Code { get; set; }

        /// <summary>What went wrong (<c>message</c>).</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Members of the JSON that this version does not model, by name, each value as it was read.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
