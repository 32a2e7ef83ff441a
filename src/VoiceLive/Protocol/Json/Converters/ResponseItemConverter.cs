using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="ResponseItem"/> by its <c>type</c>.</summary>
    internal sealed class ResponseItemConverter : UnionConverter<ResponseItem>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["message"] = typeof(ResponseMessageItem),
            ["function_call"] = typeof(ResponseFunctionCallItem),
            ["function_call_output"] = typeof(ResponseFunctionCallOutputItem),
            ["mcp_list_tools"] = typeof(ResponseMcpListToolItem),
            ["mcp_call"] = typeof(ResponseMcpCallItem),
            ["mcp_approval_request"] = typeof(ResponseMcpApprovalRequestItem),
            ["mcp_approval_response"] = typeof(ResponseMcpApprovalResponseItem),
            ["web_search_call"] = typeof(ResponseWebSearchCallItem),
            ["file_search_call"] = typeof(ResponseFileSearchCallItem),
            ["foundry_agent_call"] = typeof(ResponseFoundryAgentCallItem),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "type");
            return discriminator is not null && s_types.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override ResponseItem CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownResponseItem(FindString(reader, "type") ?? string.Empty, rawJson) { Id = FindString(reader, "id") };
    }
}
