using System;
using System.Buffers;
using System.Text.Json;

namespace VoiceLive
{
    /// <summary>Writes client events as the UTF-8 JSON that goes on the wire.</summary>
    internal static class ClientEventSerializer
    {
        private static readonly JsonWriterOptions s_writerOptions = new JsonWriterOptions { SkipValidation = true };

        /// <summary>Writes the event's JSON into <paramref name="output"/>.</summary>
        public static void Write(ClientEvent evt, IBufferWriter<byte> output)
        {
            var typeInfo = VoiceLiveJson.GetTypeInfo(evt.GetType())
                ?? throw new NotSupportedException(
                    $"{evt.GetType().Name} is not a built-in client event and cannot be serialized; send its JSON with SendRawAsync instead.");
            using var writer = new Utf8JsonWriter(output, s_writerOptions);
            JsonSerializer.Serialize(writer, evt, typeInfo);
        }

        /// <summary>The event's JSON as <see cref="BinaryData"/>.</summary>
        public static BinaryData ToBinaryData(ClientEvent evt)
        {
            using var buffer = new PooledBufferWriter();
            Write(evt, buffer);
            return BinaryData.FromBytes(buffer.WrittenSpan.ToArray());
        }
    }
}
