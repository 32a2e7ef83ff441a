using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The input audio buffer and its server VAD: samples appended and not yet committed, where they sit on the
    /// session's audio clock, the odd PCM16 byte carried to the next append, the VAD's settings and the speech in
    /// progress. State only; the session sends the events. Only the receive loop touches it.
    /// </summary>
    internal sealed class InputAudioBuffer
    {
        private readonly List<short> _samples = new();
        private double _startMs;
        private int _vadPos;
        private VoiceActivityDetector? _vad;
        private int? _pendingByte;

        /// <summary>Sample rate of the buffered audio (fixed by the first append into an empty buffer).</summary>
        public int Rate { get; private set; } = 24000;

        /// <summary>Milliseconds of audio in the buffer.</summary>
        public double BufferedMs => _samples.Count * 1000.0 / Rate;

        /// <summary>Where the buffer starts on the session's audio clock, in milliseconds.</summary>
        public double StartMs => _startMs;

        /// <summary>Whether server VAD answers a detected turn with a response (<c>create_response</c>).</summary>
        public bool CreateResponse { get; private set; }

        /// <summary>Whether speech interrupts the active response (<c>interrupt_response</c>).</summary>
        public bool InterruptResponse { get; private set; }

        /// <summary>Whether an interruption truncates the assistant's audio at what was sent (<c>auto_truncate</c>).</summary>
        public bool AutoTruncate { get; private set; }

        /// <summary>The item id of the speech the VAD is in, from <c>speech_started</c> until it is committed.</summary>
        public string? SpeechItemId { get; set; }

        /// <summary>True while the VAD hears speech.</summary>
        public bool InSpeech => _vad?.InSpeech == true;

        /// <summary>Samples the VAD has looked at: what a <c>speech_stopped</c> commits.</summary>
        public int DetectedCount => _vadPos;

        /// <summary>Rebuilds the VAD from <c>session.turn_detection</c>; null disables it (Protocol: turn_detection null disables server VAD).</summary>
        public void Configure(JsonNode? turnDetection)
        {
            if (turnDetection is JsonObject vad)
            {
                double threshold = vad["threshold"] is JsonValue t && t.TryGetValue(out double th) ? th : 0.5;
                int prefix = vad["prefix_padding_ms"] is JsonValue p && p.TryGetValue(out int pp) ? pp : 300;
                int silence = vad["silence_duration_ms"] is JsonValue s && s.TryGetValue(out int sd) ? sd : 500;
                _vad = new VoiceActivityDetector(threshold, prefix, silence);
                CreateResponse = vad["create_response"] is not JsonValue c || !c.TryGetValue(out bool create) || create;
                InterruptResponse = vad["interrupt_response"] is not JsonValue i || !i.TryGetValue(out bool interrupt) || interrupt;
                AutoTruncate = vad["auto_truncate"] is JsonValue a && a.TryGetValue(out bool truncate) && truncate;
            }
            else
            {
                _vad = null;
            }
        }

        /// <summary>Empties the buffer (its audio still counts on the clock) and restarts the VAD.</summary>
        public void Reset()
        {
            _startMs += BufferedMs;
            _samples.Clear();
            _pendingByte = null;
            _vadPos = 0;
            _vad?.Reset();
        }

        /// <summary>Restarts the VAD without touching the buffer.</summary>
        public void ResetVad()
        {
            _vad?.Reset();
        }

        /// <summary>PCM16 appends may split a sample across two events; the odd byte waits for the next append.</summary>
        public short[] JoinPcm16(byte[] bytes)
        {
            if (_pendingByte is int carried)
            {
                var joined = new byte[bytes.Length + 1];
                joined[0] = (byte)carried;
                bytes.CopyTo(joined, 1);
                bytes = joined;
                _pendingByte = null;
            }

            if (bytes.Length % 2 == 1)
            {
                _pendingByte = bytes[^1];
            }

            return EmulatorAudio.FromBytes(bytes);
        }

        /// <summary>Appends decoded samples at <paramref name="rate"/> (the rate counts only when the buffer is empty).</summary>
        public void Append(short[] samples, int rate)
        {
            if (_samples.Count == 0)
            {
                Rate = rate;
            }

            _samples.AddRange(samples);
        }

        /// <summary>Runs the VAD over the next unseen frames until it reports a start or stop; false when no whole frame is left.</summary>
        public bool TryDetect(out (bool Started, bool Stopped, double AtMs) change)
        {
            change = default;
            int frameLength = Rate * VoiceActivityDetector.FrameMs / 1000;
            while (_vad is not null && _vadPos + frameLength <= _samples.Count)
            {
                double frameStartMs = _startMs + (_vadPos * 1000.0 / Rate);
                change = _vad.Process(CollectionsMarshal.AsSpan(_samples).Slice(_vadPos, frameLength), frameStartMs);
                _vadPos += frameLength;
                if (change.Started || change.Stopped)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Removes the first <paramref name="count"/> samples (all when null) for a commit.</summary>
        public short[] Take(int? count = null)
        {
            int taken = count ?? _samples.Count;
            short[] samples = _samples.GetRange(0, taken).ToArray();
            _samples.RemoveRange(0, taken);
            _startMs += taken * 1000.0 / Rate;
            _vadPos = Math.Max(0, _vadPos - taken);
            return samples;
        }
    }
}
