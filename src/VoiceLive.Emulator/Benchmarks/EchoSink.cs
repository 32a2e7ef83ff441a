using System;
using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The echo and sink benchmark modes (<see cref="EmulatorBenchmarkMode.Echo"/>, <see cref="EmulatorBenchmarkMode.Sink"/>):
    /// a shortcut in front of the session that takes <c>input_audio_buffer.append</c> frames before they are parsed.
    /// </summary>
    [SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "_writer is a Utf8JsonWriter over a managed buffer; its Dispose only flushes, and every echo flushes before sending.")]
    internal sealed class EchoSink
    {
        private static readonly JsonReaderOptions s_echoReaderOptions = new() { MaxDepth = 64 };
        private readonly bool _sink;
        private readonly SessionSender _sender;
        private ArrayBufferWriter<byte>? _echoBuffer;
        private Utf8JsonWriter? _writer;
        private string? _echoItemId;
        private long _echoCount;

        public EchoSink(EmulatorBenchmarkMode mode, SessionSender sender)
        {
            _sink = mode == EmulatorBenchmarkMode.Sink;
            _sender = sender;
        }

        /// <summary>The shortcut for <paramref name="mode"/>, or null when the mode takes every frame the normal way.</summary>
        public static EchoSink? For(EmulatorBenchmarkMode mode, SessionSender sender)
        {
            return mode is EmulatorBenchmarkMode.Echo or EmulatorBenchmarkMode.Sink ? new EchoSink(mode, sender) : null;
        }

        /// <summary>
        /// Answers an <c>input_audio_buffer.append</c> with one <c>response.audio.delta</c> of the same audio, reading the
        /// frame with <see cref="Utf8JsonReader"/> only. Why not the normal path: it parses every message into a
        /// <c>JsonNode</c> and records it, which at 1,000 sessions × 10 appends/s would cost the client its CPU and the
        /// emulator gigabytes. Returns false for anything else (or escaped audio text), which then takes the normal path.
        /// </summary>
        public async Task<bool> TryTakeAppendAsync(ReadOnlyMemory<byte> frame)
        {
            if (!TryFindAppendAudio(frame.Span, out int audioStart, out int audioLength))
            {
                return false;
            }

            if (_sink)
            {
                return true;
            }

            ArrayBufferWriter<byte> buffer = _echoBuffer ??= new ArrayBufferWriter<byte>(8192);
            long sentTimestamp = Stopwatch.GetTimestamp();
            _echoItemId ??= Ids.New("item_");
            buffer.Clear();
            // One writer for the session's echoes: the receive loop awaits each send before the next frame.
            Utf8JsonWriter writer = _writer ??= new Utf8JsonWriter(buffer, EmulatorJson.WriterOptions);
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString("type", "response.audio.delta");
            // The timestamp is in event_id too, so a client can read it from a modelled field.
            writer.WriteString("event_id", "event_echo_" + sentTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + (++_echoCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("response_id", "resp_echo");
            writer.WriteString("item_id", _echoItemId);
            writer.WriteNumber("output_index", 0);
            writer.WriteNumber("content_index", 0);
            writer.WriteString("delta", frame.Span.Slice(audioStart, audioLength));
            writer.WriteNumber("emulator_sent_ts", sentTimestamp);
            writer.WriteEndObject();
            writer.Flush();

            await _sender.SendFrameAsync(buffer.WrittenMemory, WebSocketMessageType.Text, default).ConfigureAwait(false);
            return true;
        }

        private static bool TryFindAppendAudio(ReadOnlySpan<byte> frame, out int audioStart, out int audioLength)
        {
            audioStart = audioLength = 0;
            bool isAppend = false;
            bool haveAudio = false;
            try
            {
                var reader = new Utf8JsonReader(frame, s_echoReaderOptions);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("type"u8))
                    {
                        reader.Read();
                        isAppend = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("input_audio_buffer.append"u8);
                    }
                    else if (reader.ValueTextEquals("audio"u8))
                    {
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                        {
                            return false;
                        }

                        // The value's bytes sit just before the closing quote that ends at BytesConsumed.
                        audioLength = reader.ValueSpan.Length;
                        audioStart = (int)reader.BytesConsumed - 1 - audioLength;
                        haveAudio = true;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
            catch (JsonException)
            {
                return false;
            }

            return isAppend && haveAudio;
        }
    }
}
