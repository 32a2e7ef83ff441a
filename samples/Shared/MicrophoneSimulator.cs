using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples
{
    /// <summary>
    /// Stands in for a microphone: sends PCM16 audio as <c>input_audio_buffer.append</c> chunks, either at
    /// real-time pace (one chunk per chunk length of wall time, like a live capture) or as fast as possible.
    /// </summary>
    internal static class MicrophoneSimulator
    {
        /// <summary>Sends <paramref name="pcm16"/> in chunks of <paramref name="chunkMs"/> milliseconds.</summary>
        /// <param name="connection">Where to send.</param>
        /// <param name="pcm16">Audio in the session's input format (24 kHz PCM16 mono by default).</param>
        /// <param name="sampleRate">Its sample rate.</param>
        /// <param name="realTime">Pace the chunks like a live microphone.</param>
        /// <param name="cancellationToken">Stops sending.</param>
        /// <param name="chunkMs">Chunk length.</param>
        public static async Task SendAsync(VoiceLiveConnection connection, ReadOnlyMemory<byte> pcm16, int sampleRate,
            bool realTime, CancellationToken cancellationToken, int chunkMs = 100)
        {
            int chunkBytes = sampleRate * 2 * chunkMs / 1000;
            Stopwatch clock = Stopwatch.StartNew();
            int sent = 0;
            for (int offset = 0; offset < pcm16.Length; offset += chunkBytes)
            {
                ReadOnlyMemory<byte> chunk = pcm16.Slice(offset, Math.Min(chunkBytes, pcm16.Length - offset));
                await connection.InputAudioBuffer.AppendAsync(chunk, cancellationToken: cancellationToken);
                sent++;

                if (realTime)
                {
                    // Schedule against the start time so that send latency does not accumulate as drift.
                    TimeSpan due = TimeSpan.FromMilliseconds((double)sent * chunkMs);
                    TimeSpan wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }
                }
            }
        }

        /// <summary>Silence of the given length (PCM16).</summary>
        public static byte[] Silence(int milliseconds, int sampleRate) => new byte[sampleRate * 2 * milliseconds / 1000];
    }
}
