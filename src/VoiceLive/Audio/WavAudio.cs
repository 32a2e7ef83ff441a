using System;

namespace VoiceLive
{
    /// <summary>Audio samples with their format, as read from or written to a WAV file by <see cref="WavFile"/>.</summary>
    public sealed class WavAudio
    {
        /// <summary>Creates audio from raw samples.</summary>
        /// <param name="data">The sample bytes (PCM16 little-endian, or one byte per G.711 sample).</param>
        /// <param name="sampleRate">Samples per second per channel, for example 24000.</param>
        /// <param name="channels">The channel count (interleaved).</param>
        /// <param name="encoding">The sample encoding.</param>
        public WavAudio(ReadOnlyMemory<byte> data, int sampleRate, int channels = 1, WavEncoding encoding = WavEncoding.Pcm16)
        {
            if (sampleRate <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRate));
            }

            if (channels <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(channels));
            }

            Data = data;
            SampleRate = sampleRate;
            Channels = channels;
            Encoding = encoding;
        }

        /// <summary>The sample bytes, without any header.</summary>
        public ReadOnlyMemory<byte> Data { get; }

        /// <summary>Samples per second per channel.</summary>
        public int SampleRate { get; }

        /// <summary>The number of interleaved channels.</summary>
        public int Channels { get; }

        /// <summary>The sample encoding.</summary>
        public WavEncoding Encoding { get; }

        /// <summary>Bytes per sample of one channel: 2 for PCM16, 1 for G.711.</summary>
        public int BytesPerSample => Encoding == WavEncoding.Pcm16 ? 2 : 1;

        /// <summary>Bytes per second of audio.</summary>
        public int BytesPerSecond => SampleRate * Channels * BytesPerSample;

        /// <summary>How long the audio plays.</summary>
        public TimeSpan Duration => TimeSpan.FromSeconds((double)Data.Length / BytesPerSecond);

        /// <summary>Describes the format and duration.</summary>
        /// <returns>For example "Pcm16 24000 Hz mono, 3.60 s".</returns>
        public override string ToString()
            => $"{Encoding} {SampleRate} Hz {(Channels == 1 ? "mono" : Channels + " channels")}, {Duration.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s";
    }
}
