using System;
using System.Text.Json;

namespace VoiceLive.Protocol.Json
{
    /// <summary>Serializes a server event built in code (tests, the emulator, <see cref="ServerEvent.RawJson"/>).</summary>
    internal static class ServerEventSerializer
    {
        public static BinaryData Serialize(ServerEvent evt)
        {
            var typeInfo = VoiceLiveJson.GetTypeInfo(evt.GetType())
                ?? throw new NotSupportedException($"{evt.GetType().Name} is not a built-in server event; it has no serializer.");
            return BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(evt, typeInfo));
        }

        /// <summary>
        /// Serializes the event and appends <paramref name="extraMembers"/> (members' JSON, comma-separated) inside the
        /// object: the RawJson of a fast-path event, which keeps the members this version does not model.
        /// </summary>
        public static BinaryData Serialize(ServerEvent evt, byte[]? extraMembers)
        {
            BinaryData json = Serialize(evt);
            if (extraMembers is null || extraMembers.Length == 0)
            {
                return json;
            }

            ReadOnlySpan<byte> body = json.ToMemory().Span;
            int close = body.LastIndexOf((byte)'}');
            var combined = new byte[close + 1 + extraMembers.Length + 1];
            body.Slice(0, close).CopyTo(combined);
            combined[close] = (byte)',';
            extraMembers.CopyTo(combined, close + 1);
            combined[combined.Length - 1] = (byte)'}';
            return BinaryData.FromBytes(combined);
        }
    }
}
