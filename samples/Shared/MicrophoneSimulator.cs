using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples
{
    /// <summary>
    /// Stands in for a microphone: sends PCM16 audio as <c>input_audio_buffer.append</c> chunks through the library's
    /// <see cref="AudioPacer"/>, either at real-time pace (one chunk per chunk length, like a live capture) or as fast
    /// as possible.
    /// </summary>
    internal static class MicrophoneSimulator
    {
        /// <summary>Sends <paramref name="pcm16"/> in chunks of <paramref name="chunkMs"/> milliseconds.</summary>
        /// <param name="connection">Where to send.</param>
        /// <param name="pcm16">Audio in the session's input format (24 kHz PCM16 mono by default).</param>
        /// <param name="sampleRate">Its sample rate (the session's <c>input_audio_sampling_rate</c>).</param>
        /// <param name="realTime">Pace the chunks like a live microphone.</param>
        /// <param name="cancellationToken">Stops sending.</param>
        /// <param name="chunkMs">Chunk length (20 to 100 ms).</param>
        public static Task SendAsync(VoiceLiveConnection connection, ReadOnlyMemory<byte> pcm16, int sampleRate,
            bool realTime, CancellationToken cancellationToken, int chunkMs = 100)
        {
            var pacer = new AudioPacer(connection, new AudioPacerOptions
            {
                SampleRate = sampleRate,
                ChunkDuration = TimeSpan.FromMilliseconds(chunkMs),
                RealTime = realTime,
            });
            return pacer.SendAsync(pcm16, sampleRate, cancellationToken: cancellationToken);
        }

        /// <summary>Silence of the given length (PCM16).</summary>
        public static byte[] Silence(int milliseconds, int sampleRate) => new byte[sampleRate * 2 * milliseconds / 1000];
    }
}
