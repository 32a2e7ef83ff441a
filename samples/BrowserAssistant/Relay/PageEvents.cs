using System;
using System.Buffers;
using System.Text.Json;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// The JSON messages the relay sends to the page (see README, "Relay protocol"). Each is one small object with a
    /// <c>type</c>; assistant audio travels separately, as binary messages.
    /// </summary>
    public static class PageEvents
    {
        /// <summary><c>ready</c>: the Voice Live session is configured; the page may stream audio.</summary>
        public static byte[] Ready(string mode, int sampleRate) => Write("ready", w =>
        {
            w.WriteString("mode", mode);
            w.WriteNumber("sample_rate", sampleRate);
        });

        /// <summary><c>user.speech_started</c>: the service heard the user start speaking; the page stops playback.</summary>
        public static byte[] SpeechStarted(string? itemId) => Write("user.speech_started", w => w.WriteString("item_id", itemId));

        /// <summary><c>user.speech_stopped</c>: the user paused; a reply is being prepared.</summary>
        public static byte[] SpeechStopped(string? itemId) => Write("user.speech_stopped", w => w.WriteString("item_id", itemId));

        /// <summary><c>user.transcript.delta</c>: part of the transcript of what the user said.</summary>
        public static byte[] UserTranscriptDelta(string itemId, string delta) => Write("user.transcript.delta", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteString("delta", delta);
        });

        /// <summary><c>user.transcript.done</c>: the whole transcript of one user turn.</summary>
        public static byte[] UserTranscriptDone(string itemId, string transcript) => Write("user.transcript.done", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteString("transcript", transcript);
        });

        /// <summary><c>assistant.transcript.delta</c>: part of the transcript of the assistant's spoken reply.</summary>
        public static byte[] AssistantTranscriptDelta(string itemId, string delta) => Write("assistant.transcript.delta", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteString("delta", delta);
        });

        /// <summary><c>assistant.transcript.done</c>: the whole transcript of one assistant item.</summary>
        public static byte[] AssistantTranscriptDone(string itemId, string transcript) => Write("assistant.transcript.done", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteString("transcript", transcript);
        });

        /// <summary><c>assistant.audio.start</c>: the binary messages that follow are audio of this item.</summary>
        public static byte[] AudioStart(string itemId, string responseId) => Write("assistant.audio.start", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteString("response_id", responseId);
        });

        /// <summary><c>assistant.truncated</c>: the service cut the item at what the page played.</summary>
        public static byte[] Truncated(string itemId, int audioEndMs) => Write("assistant.truncated", w =>
        {
            w.WriteString("item_id", itemId);
            w.WriteNumber("audio_end_ms", audioEndMs);
        });

        /// <summary><c>response.done</c>: the service finished generating one response (its audio may still be playing).</summary>
        public static byte[] ResponseDone(string responseId, string status) => Write("response.done", w =>
        {
            w.WriteString("response_id", responseId);
            w.WriteString("status", status);
        });

        /// <summary>
        /// <c>error</c>: <paramref name="fatal"/> errors are followed by the relay closing; others (a refused message,
        /// an error the service reported) leave the conversation running.
        /// </summary>
        public static byte[] Error(string code, string message, bool fatal) => Write("error", w =>
        {
            w.WriteString("code", code);
            w.WriteString("message", message);
            w.WriteBoolean("fatal", fatal);
        });

        private static byte[] Write(string type, Action<Utf8JsonWriter> body)
        {
            var buffer = new ArrayBufferWriter<byte>(128);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                body(writer);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
