using System;
using System.Collections.Generic;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.Converters
{
    /// <summary>Reads and writes <see cref="MessageItem"/> by its <c>role</c>.</summary>
    internal sealed class MessageItemConverter : UnionConverter<MessageItem>
    {
        internal static readonly Dictionary<string, Type> Roles = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["system"] = typeof(SystemMessageItem),
            ["user"] = typeof(UserMessageItem),
            ["assistant"] = typeof(AssistantMessageItem),
        };

        protected override Type? Resolve(Utf8JsonReader reader)
        {
            string? discriminator = FindString(reader, "role");
            return discriminator is not null && Roles.TryGetValue(discriminator, out Type? concrete) ? concrete : null;
        }

        protected override MessageItem CreateUnknown(Utf8JsonReader reader, BinaryData rawJson)
            => throw new JsonException($"A message item needs a role of system, user or assistant; found \"{FindString(reader, "role")}\".");
    }
}
