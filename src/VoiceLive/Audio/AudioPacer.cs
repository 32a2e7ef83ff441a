using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Audio;

namespace VoiceLive
{
    /// <summary>
    /// Sends recorded audio (a stream, a WAV file, an async sequence of buffers) as a live microphone would:
    /// <c>input_audio_buffer.append</c> chunks of <see cref="AudioPacerOptions.ChunkDuration"/>, one per chunk length of
    /// <see cref="AudioPacerOptions.TimeProvider"/> time. Each chunk is due at the start time plus the audio sent before
    /// it, so a slow send delays one chunk but never shifts the ones after it (no drift, however long the audio).
    /// Source audio in another encoding, rate or channel count is converted on the way (G.711 decoded, mixed down to mono,
    /// resampled with <see cref="AudioResampler"/>, encoded to the session's input format).
    /// </summary>
    public sealed class AudioPacer
    {
        private const int ReadBlockBytes = 4096;

        private readonly Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> _send;
        private readonly AudioPacerOptions _options;

        /// <summary>Creates a pacer that appends to a connection's input audio buffer.</summary>
        /// <param name="connection">The connection whose <c>InputAudioBuffer.AppendAsync</c> receives the chunks.</param>
        /// <param name="options">Format, chunk length and clock (defaults: 24 kHz <c>pcm16</c>, 20 ms, real time).</param>
        public AudioPacer(VoiceLiveConnection connection, AudioPacerOptions? options = null)
            : this(AppendTo(connection ?? throw new ArgumentNullException(nameof(connection))), options)
        {
        }

        /// <summary>Creates a pacer that hands each chunk to a delegate (another transport, a test).</summary>
        /// <param name="sendChunk">Sends one chunk; the memory is reused once the returned task completes.</param>
        /// <param name="options">Format, chunk length and clock (defaults: 24 kHz <c>pcm16</c>, 20 ms, real time).</param>
        public AudioPacer(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sendChunk, AudioPacerOptions? options = null)
        {
            _send = sendChunk ?? throw new ArgumentNullException(nameof(sendChunk));
            _options = options ?? new AudioPacerOptions();
            _ = AudioFormat.SampleRateOf(_options.Format, _options.SampleRate);
        }

        /// <summary>Sends raw audio held in memory.</summary>
        /// <param name="audio">The samples (PCM16 little-endian, or one byte per G.711 sample), interleaved if several channels.</param>
        /// <param name="sampleRate">Their rate (one of <see cref="AudioResampler.SupportedSampleRates"/>).</param>
        /// <param name="encoding">Their encoding.</param>
        /// <param name="channels">Their channel count.</param>
        /// <param name="cancellationToken">Stops sending; the chunks sent so far stay sent.</param>
        /// <returns>The duration of audio sent.</returns>
        /// <exception cref="ArgumentException">An unsupported rate or channel count.</exception>
        /// <exception cref="InvalidDataException">The audio ends inside a sample or frame.</exception>
        public Task<TimeSpan> SendAsync(ReadOnlyMemory<byte> audio, int sampleRate, WavEncoding encoding = WavEncoding.Pcm16, int channels = 1, CancellationToken cancellationToken = default)
            => SendAsync(Single(audio), sampleRate, encoding, channels, cancellationToken);

        /// <summary>Sends a WAV file's audio (PCM16, μ-law or A-law, any supported rate and channel count).</summary>
        /// <param name="audio">The audio, as <see cref="WavFile.Read(string)"/> returns it.</param>
        /// <param name="cancellationToken">Stops sending; the chunks sent so far stay sent.</param>
        /// <returns>The duration of audio sent.</returns>
        /// <exception cref="ArgumentException">The file's rate is not supported.</exception>
        /// <exception cref="InvalidDataException">The audio ends inside a sample or frame.</exception>
        public Task<TimeSpan> SendWavAsync(WavAudio audio, CancellationToken cancellationToken = default)
        {
            if (audio is null)
            {
                throw new ArgumentNullException(nameof(audio));
            }

            return SendAsync(audio.Data, audio.SampleRate, audio.Encoding, audio.Channels, cancellationToken);
        }

        /// <summary>Reads a WAV file (see <see cref="WavFile.Read(string)"/>) and sends its audio.</summary>
        /// <param name="path">The file.</param>
        /// <param name="cancellationToken">Stops sending; the chunks sent so far stay sent.</param>
        /// <returns>The duration of audio sent.</returns>
        /// <exception cref="InvalidDataException">Not a WAV file the toolkit reads, or truncated.</exception>
        public Task<TimeSpan> SendWavAsync(string path, CancellationToken cancellationToken = default)
            => SendWavAsync(WavFile.Read(path), cancellationToken);

        /// <summary>Sends raw audio read from a stream until its end (a pipe, a socket, a file without header).</summary>
        /// <param name="source">The stream of samples (PCM16 little-endian, or one byte per G.711 sample).</param>
        /// <param name="sampleRate">Their rate (one of <see cref="AudioResampler.SupportedSampleRates"/>).</param>
        /// <param name="encoding">Their encoding.</param>
        /// <param name="channels">Their channel count.</param>
        /// <param name="cancellationToken">Stops reading and sending; the chunks sent so far stay sent.</param>
        /// <returns>The duration of audio sent.</returns>
        /// <exception cref="ArgumentException">An unsupported rate or channel count.</exception>
        /// <exception cref="InvalidDataException">The stream ends inside a sample or frame.</exception>
        public Task<TimeSpan> SendAsync(Stream source, int sampleRate, WavEncoding encoding = WavEncoding.Pcm16, int channels = 1, CancellationToken cancellationToken = default)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            return SendAsync(ReadBlocks(source, cancellationToken), sampleRate, encoding, channels, cancellationToken);
        }

        /// <summary>Sends audio that arrives as a sequence of buffers of any size (a capture callback, a decoder).</summary>
        /// <param name="source">The buffers; each is read before the next is requested.</param>
        /// <param name="sampleRate">Their rate (one of <see cref="AudioResampler.SupportedSampleRates"/>).</param>
        /// <param name="encoding">Their encoding.</param>
        /// <param name="channels">Their channel count.</param>
        /// <param name="cancellationToken">Stops sending; the chunks sent so far stay sent.</param>
        /// <returns>The duration of audio sent.</returns>
        /// <exception cref="ArgumentException">An unsupported rate or channel count.</exception>
        /// <exception cref="InvalidDataException">The sequence ends inside a sample or frame.</exception>
        public async Task<TimeSpan> SendAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> source, int sampleRate, WavEncoding encoding = WavEncoding.Pcm16, int channels = 1, CancellationToken cancellationToken = default)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            var converter = new AudioStreamConverter(encoding, sampleRate, channels, _options.Format, _options.SampleRate);
            int chunkBytes = converter.TargetRate / 1000 * (int)_options.ChunkDuration.TotalMilliseconds * converter.TargetBytesPerSample;
            var clock = new Schedule(_options, converter.TargetRate * converter.TargetBytesPerSample);
            await foreach (ReadOnlyMemory<byte> block in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                for (int offset = 0; offset < block.Length; offset += ReadBlockBytes)
                {
                    converter.Write(block.Span.Slice(offset, Math.Min(ReadBlockBytes, block.Length - offset)));
                    await SendChunksAsync(converter, chunkBytes, clock, final: false, cancellationToken).ConfigureAwait(false);
                }
            }

            converter.Complete();
            await SendChunksAsync(converter, chunkBytes, clock, final: true, cancellationToken).ConfigureAwait(false);
            return clock.Sent;
        }

        private async Task SendChunksAsync(AudioStreamConverter converter, int chunkBytes, Schedule clock, bool final, CancellationToken cancellationToken)
        {
            while (converter.Pending.Length >= chunkBytes || (final && converter.Pending.Length > 0))
            {
                int count = Math.Min(chunkBytes, converter.Pending.Length);
                cancellationToken.ThrowIfCancellationRequested();
                clock.StartIfNeeded();
                await _send(converter.Pending.Slice(0, count), cancellationToken).ConfigureAwait(false);
                converter.Consume(count);
                await clock.WaitAfterAsync(count, cancellationToken).ConfigureAwait(false);
            }
        }

        private static Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> AppendTo(VoiceLiveConnection connection)
            => (chunk, cancellationToken) => connection.InputAudioBuffer.AppendAsync(chunk, cancellationToken: cancellationToken);

#pragma warning disable CS1998 // An iterator over one buffer needs no await.
        private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Single(ReadOnlyMemory<byte> audio)
        {
            yield return audio;
        }
#pragma warning restore CS1998

        private static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadBlocks(Stream source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(ReadBlockBytes);
            try
            {
                while (true)
                {
#if NET8_0_OR_GREATER
                    int read = await source.ReadAsync(buffer.AsMemory(0, ReadBlockBytes), cancellationToken).ConfigureAwait(false);
#else
                    int read = await source.ReadAsync(buffer, 0, ReadBlockBytes, cancellationToken).ConfigureAwait(false);
#endif
                    if (read == 0)
                    {
                        yield break;
                    }

                    yield return new ReadOnlyMemory<byte>(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        // The real-time schedule: the chunk after N bytes is due N / byteRate after the first chunk.
        private sealed class Schedule
        {
            private readonly AudioPacerOptions _options;
            private readonly int _bytesPerSecond;
            private long _start = -1;
            private long _sentBytes;

            public Schedule(AudioPacerOptions options, int bytesPerSecond)
            {
                _options = options;
                _bytesPerSecond = bytesPerSecond;
            }

            public TimeSpan Sent => TimeSpan.FromTicks(_sentBytes * TimeSpan.TicksPerSecond / _bytesPerSecond);

            public void StartIfNeeded()
            {
                if (_start < 0)
                {
                    _start = _options.TimeProvider.GetTimestamp();
                }
            }

            public async Task WaitAfterAsync(int bytes, CancellationToken cancellationToken)
            {
                TimeProvider time = _options.TimeProvider;
                _sentBytes += bytes;
                if (!_options.RealTime)
                {
                    return;
                }

                TimeSpan wait = Sent - time.GetElapsedTime(_start);
                if (wait > TimeSpan.Zero)
                {
#if NET8_0_OR_GREATER
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
#else
                    await time.Delay(wait, cancellationToken).ConfigureAwait(false);
#endif
                }
            }
        }
    }
}
