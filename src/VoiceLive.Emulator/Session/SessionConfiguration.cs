using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The session object: its defaults for <c>session.created</c>, the effective input format and rate, and
    /// <c>session.update</c> validated and merged by <see cref="SessionValidator"/>. The input buffer follows its
    /// audio format and turn detection. It shares the session's lock with the handler and the response runner.
    /// </summary>
    internal sealed class SessionConfiguration
    {
        private readonly object _gate;
        private readonly InputAudioBuffer _input;
        private JsonObject _session;

        public SessionConfiguration(object gate, InputAudioBuffer input, JsonObject initial)
        {
            _gate = gate;
            _input = input;
            _session = initial;
            _input.Configure(_session["turn_detection"]);
        }

        /// <summary>The current session object; the caller holds the lock.</summary>
        public JsonObject Current => _session;

        public string InputFormat
        {
            get
            {
                lock (_gate)
                {
                    return EmulatorJson.GetString(_session, "input_audio_format") ?? "pcm16";
                }
            }
        }

        /// <summary>Protocol: pcm16 input uses input_audio_sampling_rate (default 24000); G.711 is always 8 kHz.</summary>
        public int InputRate
        {
            get
            {
                lock (_gate)
                {
                    if (InputFormat != "pcm16")
                    {
                        return 8000;
                    }

                    return _session["input_audio_sampling_rate"] is JsonValue v && v.TryGetValue(out int rate) ? rate : 24000;
                }
            }
        }

        public JsonObject Snapshot()
        {
            lock (_gate)
            {
                return (JsonObject)_session.DeepClone();
            }
        }

        /// <summary>Validates <paramref name="update"/> and merges it into the session; returns the failure, or null when applied.</summary>
        public SessionValidator.Failure? Update(JsonObject update)
        {
            JsonObject merged;
            bool audioFormatChanged;
            lock (_gate)
            {
                merged = (JsonObject)_session.DeepClone();
            }

            SessionValidator.Failure? failure = SessionValidator.Merge(merged, update);
            if (failure is not null)
            {
                return failure;
            }

            lock (_gate)
            {
                audioFormatChanged = EmulatorJson.GetString(merged, "input_audio_format") != EmulatorJson.GetString(_session, "input_audio_format")
                    || merged["input_audio_sampling_rate"]?.ToJsonString() != _session["input_audio_sampling_rate"]?.ToJsonString();
                _session = merged;
                if (audioFormatChanged)
                {
                    // Why: buffered samples are at the old rate; mixing rates would garble VAD and transcripts.
                    _input.Reset();
                }

                _input.Configure(_session["turn_detection"]);
            }

            return null;
        }
    }
}
