using System;
using System.Buffers;
using System.Text.Json;
using VoiceLive.Transport;

namespace VoiceLive.Protocol.Json
{
    /// <summary>Writes client events as the UTF-8 JSON that goes on the wire.</summary>
    internal static class ClientEventSerializer
    {
        /// <summary>The options of every client frame's writer.</summary>
        internal static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions { SkipValidation = true };

        /// <summary>Writes the event's JSON into <paramref name="output"/>.</summary>
        public static void Write(ClientEvent evt, IBufferWriter<byte> output)
        {
            using var writer = new Utf8JsonWriter(output, WriterOptions);
            JsonSerializer.Serialize(writer, evt, GetTypeInfo(evt));
        }

        /// <summary>Writes the event's JSON into a pooled buffer with the buffer's cached writer (no writer allocation).</summary>
        public static void Write(ClientEvent evt, PooledBufferWriter output)
        {
            Utf8JsonWriter writer = output.GetJsonWriter(WriterOptions);
            JsonSerializer.Serialize(writer, evt, GetTypeInfo(evt));
            writer.Flush();
        }

        private static System.Text.Json.Serialization.Metadata.JsonTypeInfo GetTypeInfo(ClientEvent evt)
            => VoiceLiveJson.GetTypeInfo(evt.GetType())
                ?? throw new NotSupportedException(
                    $"{evt.GetType().Name} is not a built-in client event and cannot be serialized; send its JSON with SendRawAsync instead.");

        /// <summary>The event's JSON as <see cref="BinaryData"/>.</summary>
        public static BinaryData ToBinaryData(ClientEvent evt)
        {
            using var buffer = new PooledBufferWriter();
            Write(evt, buffer);
            return BinaryData.FromBytes(buffer.WrittenSpan.ToArray());
        }
    }
}
