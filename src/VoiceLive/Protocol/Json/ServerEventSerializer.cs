using System;
using System.Text.Json;

namespace VoiceLive
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
    }
}
