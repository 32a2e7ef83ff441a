using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>A call of an MCP tool (<c>type</c> <c>mcp_call</c>).</summary>
    public sealed class ResponseMcpCallItem : ResponseItem
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseMcpCallItem()
            : base(ItemType.McpCall)
        {
        }

        /// <summary>The approval request that allowed the call (<c>approval_request_id</c>).</summary>
        [JsonPropertyName("approval_request_id")]
        public string? ApprovalRequestId { get; set; }

        /// <summary>The arguments as a JSON string (<c>arguments</c>).</summary>
        [JsonPropertyName("arguments")]
        public string Arguments { get; set; } = string.Empty;

        /// <summary>The MCP server's label (<c>server_label</c>).</summary>
        [JsonPropertyName("server_label")]
        public string ServerLabel { get; set; } = string.Empty;

        /// <summary>The tool's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The tool's output (<c>output</c>).</summary>
        [JsonPropertyName("output")]
        public string? Output { get; set; }

        /// <summary>The error when the call failed (<c>error</c>), as raw JSON.</summary>
        [JsonPropertyName("error")]
        [JsonConverter(typeof(RawJsonConverter))]
        public BinaryData? Error { get; set; }

        /// <summary>
        /// <see cref="Error"/> read as a typed <see cref="McpError"/> (<c>protocol_error</c>, <c>tool_execution_error</c>,
        /// <c>http_error</c>), or null when the call did not fail.
        /// </summary>
        /// <returns>The typed error, or null.</returns>
        /// <exception cref="System.Text.Json.JsonException">The error is not a JSON object of the MCP error shape.</exception>
        public McpError? GetErrorDetails()
        {
            if (Error is null)
            {
                return null;
            }

            var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<McpError>)VoiceLiveJson.GetTypeInfo(typeof(McpError))!;
            return System.Text.Json.JsonSerializer.Deserialize(Error.ToMemory().Span, typeInfo);
        }
    }
}
