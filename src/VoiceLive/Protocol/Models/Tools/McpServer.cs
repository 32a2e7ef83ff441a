using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A remote MCP server whose tools the service calls (<c>type</c> <c>mcp</c>).</summary>
    public sealed class McpServer : Tool
    {
        private IDictionary<string, string> _headers = new OptionalDictionary<string, string>();
        private IList<string> _allowedTools = new OptionalList<string>();

        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public McpServer()
            : base(ToolType.Mcp)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="serverLabel">A label that names the server in items and events (<c>server_label</c>).</param>
        /// <param name="serverUrl">The server's URL (<c>server_url</c>).</param>
        public McpServer(string serverLabel, string serverUrl)
            : base(ToolType.Mcp)
        {
            ServerLabel = serverLabel ?? throw new ArgumentNullException(nameof(serverLabel));
            ServerUrl = serverUrl ?? throw new ArgumentNullException(nameof(serverUrl));
        }

        /// <summary>A label that names the server in items and events (<c>server_label</c>).</summary>
        [JsonPropertyName("server_label")]
        public string ServerLabel { get; set; } = string.Empty;

        /// <summary>The server's URL (<c>server_url</c>).</summary>
        [JsonPropertyName("server_url")]
        public string ServerUrl { get; set; } = string.Empty;

        /// <summary>An authorization header value for the server (<c>authorization</c>).</summary>
        [JsonPropertyName("authorization")]
        public string? Authorization { get; set; }

        /// <summary>Extra HTTP headers for the server (<c>headers</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("headers")]
        public IDictionary<string, string> Headers
        {
            get => _headers;
            set => _headers = value ?? new OptionalDictionary<string, string>();
        }

        /// <summary>The tools the model may use (<c>allowed_tools</c>); all when unset. Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("allowed_tools")]
        public IList<string> AllowedTools
        {
            get => _allowedTools;
            set => _allowedTools = value ?? new OptionalList<string>();
        }

        /// <summary>Which calls need the client's approval (<c>require_approval</c>).</summary>
        [JsonPropertyName("require_approval")]
        public McpApprovalPolicy? RequireApproval { get; set; }
    }
}
