using System;
using System.Buffers;
using System.Text.Json;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// The Twilio Media Streams WebSocket protocol (bidirectional stream): the phone side sends JSON messages
    /// <c>connected</c>, <c>start</c> (with <c>streamSid</c> and the media format), <c>media</c> (base64 8 kHz μ-law in
    /// <c>media.payload</c>), <c>mark</c> (a label the server sent, echoed once the audio before it has played) and
    /// <c>stop</c>; the server sends <c>media</c>, <c>mark</c> and <c>clear</c> (drop the audio not played yet).
    /// </summary>
    public static class TwilioMessages
    {
        /// <summary>Writes a server-to-phone <c>media</c> message carrying μ-law audio.</summary>
        public static void WriteMedia(IBufferWriter<byte> output, string streamSid, ReadOnlySpan<byte> muLaw)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "media");
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("media");
            json.WriteBase64String("payload", muLaw);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>Writes a <c>mark</c> message: the phone side echoes it when the audio sent before it has played.</summary>
        public static void WriteMark(IBufferWriter<byte> output, string streamSid, string name)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "mark");
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("mark");
            json.WriteString("name", name);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>Writes a <c>clear</c> message: the phone side drops the audio it holds but has not played.</summary>
        public static void WriteClear(IBufferWriter<byte> output, string streamSid)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "clear");
            json.WriteString("streamSid", streamSid);
            json.WriteEndObject();
        }

        /// <summary>Writes a phone-to-server <c>connected</c> message.</summary>
        public static void WriteConnected(IBufferWriter<byte> output)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "connected");
            json.WriteString("protocol", "Call");
            json.WriteString("version", "1.0.0");
            json.WriteEndObject();
        }

        /// <summary>Writes a phone-to-server <c>start</c> message for an 8 kHz μ-law inbound track.</summary>
        public static void WriteStart(IBufferWriter<byte> output, string streamSid, string callSid, string encoding = "audio/x-mulaw", int sampleRate = 8000)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "start");
            json.WriteString("sequenceNumber", "1");
            json.WriteStartObject("start");
            json.WriteString("streamSid", streamSid);
            json.WriteString("callSid", callSid);
            json.WriteStartArray("tracks");
            json.WriteStringValue("inbound");
            json.WriteEndArray();
            json.WriteStartObject("mediaFormat");
            json.WriteString("encoding", encoding);
            json.WriteNumber("sampleRate", sampleRate);
            json.WriteNumber("channels", 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("streamSid", streamSid);
            json.WriteEndObject();
        }

        /// <summary>Writes a phone-to-server <c>media</c> message (inbound track).</summary>
        public static void WriteInboundMedia(IBufferWriter<byte> output, string streamSid, long chunk, long timestampMs, ReadOnlySpan<byte> muLaw)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "media");
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("media");
            json.WriteString("track", "inbound");
            json.WriteString("chunk", chunk.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("timestamp", timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteBase64String("payload", muLaw);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>Writes a phone-to-server <c>stop</c> message.</summary>
        public static void WriteStop(IBufferWriter<byte> output, string streamSid)
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartObject();
            json.WriteString("event", "stop");
            json.WriteString("streamSid", streamSid);
            json.WriteEndObject();
        }

        /// <summary>The <c>event</c> of a message.</summary>
        /// <exception cref="System.IO.InvalidDataException">Not a JSON object with a string <c>event</c>.</exception>
        public static string EventOf(JsonElement message)
        {
            return message.ValueKind == JsonValueKind.Object && message.TryGetProperty("event", out JsonElement e) && e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw new System.IO.InvalidDataException("A Media Streams message must be a JSON object with a string \"event\".");
        }

        /// <summary>The bytes of <c>media.payload</c>.</summary>
        /// <exception cref="System.IO.InvalidDataException">The payload is missing or not base64.</exception>
        public static byte[] PayloadOf(JsonElement message)
        {
            if (message.TryGetProperty("media", out JsonElement media) && media.TryGetProperty("payload", out JsonElement payload)
                && payload.ValueKind == JsonValueKind.String && payload.TryGetBytesFromBase64(out byte[]? bytes))
            {
                return bytes;
            }

            throw new System.IO.InvalidDataException("A media message needs a base64 media.payload.");
        }

        /// <summary>A string property of a nested object (<c>start.streamSid</c>, <c>mark.name</c>), or null.</summary>
        public static string? StringAt(JsonElement message, string objectName, string propertyName)
        {
            return message.TryGetProperty(objectName, out JsonElement obj) && obj.ValueKind == JsonValueKind.Object
                && obj.TryGetProperty(propertyName, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
    }
}
