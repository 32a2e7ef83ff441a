using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceLive.Protocol.Json
{
    /// <summary>
    /// Reads and writes base64 audio (<c>delta</c>, <c>audio</c>) as <see cref="ReadOnlyMemory{T}"/> of bytes, decoding
    /// straight from the frame's UTF-8 bytes into one exactly-sized array: no intermediate string.
    /// Tolerant: text that is not valid base64 (the documentation's own examples use placeholders such as
    /// <c>"&lt;delta&gt;"</c>) reads as empty audio, so the event still arrives typed and its RawJson keeps the text.
    /// </summary>
    internal sealed class Base64BytesConverter : JsonConverter<ReadOnlyMemory<byte>>
    {
        public static readonly Base64BytesConverter Instance = new Base64BytesConverter();

        public override bool HandleNull => true;

        public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return default;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected base64 text, found {reader.TokenType}.");
            }

            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                ReadOnlySpan<byte> utf8 = reader.ValueSpan;
                byte[] bytes = AllocatePayload(Base64.GetMaxDecodedFromUtf8Length(utf8.Length));
                OperationStatus status = Base64.DecodeFromUtf8(utf8, bytes, out _, out int written);
                bytes.AsSpan(written).Clear(); // Padding leaves up to two bytes unwritten: never expose stale memory.
                return status == OperationStatus.Done ? new ReadOnlyMemory<byte>(bytes, 0, written) : default;
            }

            // Escaped text (for example "\/" for "/") or a value split across buffers: let the reader unescape it.
            return reader.TryGetBytesFromBase64(out byte[]? decoded) ? decoded : default;
        }

        /// <summary>
        /// The array audio is decoded into. Why uninitialized: the decoder overwrites every byte the event exposes, and
        /// zeroing kilobytes per delta first is measurable at stream rates.
        /// </summary>
        internal static byte[] AllocatePayload(int length)
        {
#if NET5_0_OR_GREATER
            return GC.AllocateUninitializedArray<byte>(length);
#else
            return new byte[length];
#endif
        }

        public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options)
            => writer.WriteBase64StringValue(value.Span);
    }
}
