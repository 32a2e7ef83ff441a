using System;

namespace VoiceLive
{
    /// <summary>What <see cref="AudioPacer"/> sends: the session's input format, the chunk length and the clock.</summary>
    public sealed class AudioPacerOptions
    {
        private TimeSpan _chunkDuration = TimeSpan.FromMilliseconds(20);

        /// <summary>The session's <c>input_audio_format</c>: what each appended chunk holds (default <c>pcm16</c>).</summary>
        public InputAudioFormat Format { get; set; } = InputAudioFormat.Pcm16;

        /// <summary>The session's <c>input_audio_sampling_rate</c> for <c>pcm16</c>: 24000 (default), 16000 or 8000. G.711 is always 8000.</summary>
        public int SampleRate { get; set; } = 24000;

        /// <summary>Audio per <c>input_audio_buffer.append</c>: 20 ms (default) to 100 ms, like a live capture.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Outside 20–100 ms, or not a whole number of milliseconds.</exception>
        public TimeSpan ChunkDuration
        {
            get => _chunkDuration;
            set => _chunkDuration = value >= TimeSpan.FromMilliseconds(20) && value <= TimeSpan.FromMilliseconds(100) && value.Ticks % TimeSpan.TicksPerMillisecond == 0
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "Chunks are 20 to 100 whole milliseconds.");
        }

        /// <summary>
        /// True (default): one chunk per chunk length of time, scheduled against the start so send latency does not
        /// add up as drift. False: as fast as the connection takes them (tests, batch transcription).
        /// </summary>
        public bool RealTime { get; set; } = true;

        /// <summary>The clock that paces the chunks (the system clock by default; a fake one in tests).</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
    }
}
