using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="ConversationRequestItem"/> by its <c>type</c>.</summary>
    internal sealed class ConversationRequestItemConverter : UnionConverter<ConversationRequestItem>
    {
        private static readonly Dictionary<string, Type> s_types = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["function_call"] = typeof(FunctionCallItem),
            ["item_reference"] = typeof(ItemReferenceItem),
            ["function_call_output"] = typeof(FunctionCallOutputItem),
            ["mcp_approval_response"] = typeof(McpApprovalResponseRequestItem),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? type = FindString(reader, "type");
            if (type == "message")
            {
                // Messages are sub-discriminated by role.
                string? role = FindString(reader, "role");
                return role is not null && MessageItemConverter.Roles.TryGetValue(role, out Type? message) ? message : null;
            }

            return type is not null && s_types.TryGetValue(type, out Type? concrete) ? concrete : null;
        }

        protected override ConversationRequestItem CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => new UnknownConversationRequestItem(FindString(reader, "type") ?? string.Empty, rawJson) { Id = FindString(reader, "id") };
    }
}
