using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.mcp_call_arguments.delta</c>: a chunk of the JSON arguments the model is writing for an MCP tool call.
    /// </summary>
    [WireEvent("response.mcp_call_arguments.delta", EventGroup.ToolCalls)]
    public sealed class ServerEventResponseMcpCallArgumentsDelta : ServerEvent
    {
        private string _delta = string.Empty;
        private string _itemId = string.Empty;
        private string _responseId = string.Empty;

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventResponseMcpCallArgumentsDelta()
            : base(WireNames.ResponseMcpCallArgumentsDelta)
        {
        }

        /// <summary>The new chunk of the JSON arguments (<c>delta</c>); append it to the previous chunks.</summary>
        [JsonPropertyName("delta")]
        public string Delta
        {
            get => _delta;
            set => _delta = value ?? string.Empty;
        }

        /// <summary>The <c>mcp_call</c> item (<c>item_id</c>).</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The response (<c>response_id</c>) this event belongs to.</summary>
        [JsonPropertyName("response_id")]
        public string ResponseId
        {
            get => _responseId;
            set => _responseId = value ?? string.Empty;
        }

        /// <summary>The index of the item in the response's <c>output</c> (<c>output_index</c>).</summary>
        [JsonPropertyName("output_index")]
        public int OutputIndex { get; set; }

        /// <summary>Random padding (<c>obfuscation</c>) the service may add so chunk sizes do not leak content; ignore it.</summary>
        [JsonPropertyName("obfuscation")]
        public string? Obfuscation { get; set; }
    }
}
