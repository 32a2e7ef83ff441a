using System;
using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>Faults on demand (see <see cref="EmulatorFaultKind"/>) and the firehose benchmark mode.</summary>
    internal sealed partial class SessionHandler
    {
        private bool _faultFired;

        /// <summary>Fires the configured one-shot fault if <paramref name="moment"/> is its trigger (once per connection).</summary>
        private async Task TriggerFaultAsync(EmulatorFaultTrigger moment)
        {
            if (_faultFired || _faults.EffectiveTrigger != moment)
            {
                return;
            }

            _faultFired = true;
            switch (_faults.Kind)
            {
                case EmulatorFaultKind.Close:
                    await CloseOutputAsync(_faults.CloseStatus, _faults.CloseReason).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.Abort:
                    await AbortAsync().ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.StopResponding:
                    _frozen = true;
                    break;
                case EmulatorFaultKind.MalformedJson:
                    await SendTextAsync("{\"type\":\"response.done\",\"event_id\":\"" + Ids.New("event_") + "\",\"response\":{\"id\":\"resp_").ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.UnknownEvent:
                    await SendTextAsync("{\"type\":\"emulator.unknown_event\",\"event_id\":\"" + Ids.New("event_") + "\",\"payload\":{\"answer\":42}}").ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.BinaryFrame:
                    byte[] binary = Encoding.UTF8.GetBytes("{\"type\":\"emulator.binary_frame\",\"event_id\":\"" + Ids.New("event_") + "\"}");
                    await SendFrameAsync(binary, WebSocketMessageType.Binary, default).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.Oversized:
                    await SendFrameAsync(BuildOversized(_faults.OversizedBytes), WebSocketMessageType.Text, default).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.InvalidUtf8:
                    byte[] prefix = Encoding.UTF8.GetBytes("{\"type\":\"emulator.invalid_utf8\",\"text\":\"");
                    byte[] invalid = new byte[prefix.Length + 5];
                    prefix.CopyTo(invalid, 0);
                    new byte[] { 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}' }.CopyTo(invalid, prefix.Length);
                    await SendFrameAsync(invalid, WebSocketMessageType.Text, default).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.DeepJson:
                    int depth = Math.Max(1, _faults.NestingDepth);
                    await SendTextAsync("{\"type\":\"emulator.deep_json\",\"event_id\":\"" + Ids.New("event_") + "\",\"payload\":" + new string('[', depth) + new string(']', depth) + "}").ConfigureAwait(false);
                    break;
            }
        }

        private Task SendTextAsync(string text)
        {
            return SendFrameAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, default);
        }

        /// <summary>A valid <c>response.audio.delta</c> of exactly <paramref name="size"/> bytes (spaces pad the base64 to the byte).</summary>
        private static byte[] BuildOversized(int size)
        {
            string head = "{\"type\":\"response.audio.delta\",\"event_id\":\"" + Ids.New("event_")
                + "\",\"response_id\":\"resp_oversized\",\"item_id\":\"item_oversized\",\"output_index\":0,\"content_index\":0,\"delta\":\"";
            int base64 = Math.Max(0, size - head.Length - 2) / 4 * 4;
            int padding = Math.Max(0, size - head.Length - 2 - base64);
            var builder = new StringBuilder(size);
            builder.Append(head).Append('A', base64).Append('"').Append(' ', padding).Append('}');
            return Encoding.UTF8.GetBytes(builder.ToString());
        }

        /// <summary>Benchmark response: N audio/transcript delta pairs as fast as possible, each stamped with <c>emulator_sent_ts</c>.</summary>
        private async Task RunFirehoseAsync(ResponseRun run)
        {
            try
            {
                await SendResponseEventAsync("response.created", run).ConfigureAwait(false);
                string itemId = Ids.New("item_");
                string audio = Convert.ToBase64String(new byte[Math.Max(0, _faults.FirehoseChunkBytes)]);
                var buffer = new ArrayBufferWriter<byte>();
                string audioType = _faults.FirehoseOpenAINames ? "response.output_audio.delta" : "response.audio.delta";
                string transcriptType = _faults.FirehoseOpenAINames ? "response.output_audio_transcript.delta" : "response.audio_transcript.delta";
                for (int i = 0; i < _faults.FirehoseCount && !IsGone; i++)
                {
                    run.Cancellation.Token.ThrowIfCancellationRequested();
                    await SendFirehoseEventAsync(buffer, audioType, run.Id, itemId, audio).ConfigureAwait(false);
                    await SendFirehoseEventAsync(buffer, transcriptType, run.Id, itemId, "word ").ConfigureAwait(false);
                }

                run.OutputAudioTokens = _faults.FirehoseCount;
            }
            catch (OperationCanceledException)
            {
                run.CancelReason ??= "client_cancelled";
            }

            try
            {
                await FinishResponseAsync(run, run.CancelReason is null ? "completed" : "cancelled").ConfigureAwait(false);
            }
            finally
            {
                EndRun(run);
            }
        }

        private async Task SendFirehoseEventAsync(ArrayBufferWriter<byte> buffer, string type, string responseId, string itemId, string delta)
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

            await SendFrameAsync(buffer.WrittenMemory, WebSocketMessageType.Text, default).ConfigureAwait(false);
        }
    }
}
