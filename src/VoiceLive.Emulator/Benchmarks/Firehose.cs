using System;
using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>The firehose benchmark mode's response body (<see cref="EmulatorBenchmarkMode.Firehose"/>): N audio/transcript delta pairs as fast as possible.</summary>
    internal sealed class Firehose
    {
        private readonly EmulatorBenchmark _settings;
        private readonly SessionSender _sender;

        public Firehose(EmulatorBenchmark settings, SessionSender sender)
        {
            _settings = settings;
            _sender = sender;
        }

        /// <summary>Streams the deltas of <paramref name="run"/>, each stamped with <c>emulator_sent_ts</c>; throws when the run is cancelled.</summary>
        public async Task StreamAsync(ResponseRun run)
        {
            string itemId = Ids.New("item_");
            string audio = Convert.ToBase64String(new byte[Math.Max(0, _settings.FirehoseChunkBytes)]);
            var buffer = new ArrayBufferWriter<byte>();
            string audioType = _settings.FirehoseOpenAINames ? "response.output_audio.delta" : "response.audio.delta";
            string transcriptType = _settings.FirehoseOpenAINames ? "response.output_audio_transcript.delta" : "response.audio_transcript.delta";
            for (int i = 0; i < _settings.FirehoseCount && !_sender.IsGone; i++)
            {
                run.Cancellation.Token.ThrowIfCancellationRequested();
                await SendAsync(buffer, audioType, run.Id, itemId, audio).ConfigureAwait(false);
                await SendAsync(buffer, transcriptType, run.Id, itemId, "word ").ConfigureAwait(false);
            }

            run.OutputAudioTokens = _settings.FirehoseCount;
        }

        private async Task SendAsync(ArrayBufferWriter<byte> buffer, string type, string responseId, string itemId, string delta)
        {
            buffer.Clear();
            using (var writer = new Utf8JsonWriter(buffer, EmulatorJson.WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WriteString("event_id", Ids.New("event_"));
                writer.WriteString("response_id", responseId);
                writer.WriteString("item_id", itemId);
                writer.WriteNumber("output_index", 0);
                writer.WriteNumber("content_index", 0);
                writer.WriteString("delta", delta);
                writer.WriteNumber("emulator_sent_ts", Stopwatch.GetTimestamp());
                writer.WriteEndObject();
            }

            await _sender.SendFrameAsync(buffer.WrittenMemory, WebSocketMessageType.Text, default).ConfigureAwait(false);
        }
    }
}
