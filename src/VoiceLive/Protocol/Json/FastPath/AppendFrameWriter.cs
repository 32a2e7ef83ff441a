using System;
using System.Text.Json;
using VoiceLive.Transport;

namespace VoiceLive.Protocol.Json.FastPath
{
    /// <summary>
    /// Writes <c>input_audio_buffer.append</c> straight into a pooled send buffer: no event object, no serializer
    /// metadata walk, the buffer's cached <see cref="Utf8JsonWriter"/>, and base64 encoded in place. The bytes equal what
    /// <see cref="ClientEventSerializer"/> writes for a <see cref="ClientEventInputAudioBufferAppend"/> (tests check it).
    /// </summary>
    internal static class AppendFrameWriter
    {
        private static readonly JsonEncodedText s_typeName = JsonEncodedText.Encode("type");
        private static readonly JsonEncodedText s_typeValue = JsonEncodedText.Encode(WireNames.InputAudioBufferAppend);
        private static readonly JsonEncodedText s_eventIdName = JsonEncodedText.Encode("event_id");
        private static readonly JsonEncodedText s_audioName = JsonEncodedText.Encode("audio");

        public static void Write(ReadOnlySpan<byte> audio, string? eventId, PooledBufferWriter output)
        {
            Utf8JsonWriter writer = output.GetJsonWriter(ClientEventSerializer.WriterOptions);
            writer.WriteStartObject();
            writer.WriteString(s_typeName, s_typeValue);
            if (eventId is not null)
            {
                writer.WriteString(s_eventIdName, eventId);
            }

            writer.WriteBase64String(s_audioName, audio);
            writer.WriteEndObject();
            writer.Flush();
        }
    }
}
