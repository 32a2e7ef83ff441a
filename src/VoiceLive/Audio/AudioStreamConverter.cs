using System;
using System.IO;

namespace VoiceLive.Audio
{
    /// <summary>
    /// Turns source audio of any toolkit format (PCM16, μ-law or A-law; any channel count; a supported rate) into the
    /// bytes of the session's input format, streaming: bytes go in as they arrive, in any split, and the converted
    /// bytes collect in <see cref="Pending"/> until the caller consumes them. Frames cut by a block boundary are carried
    /// to the next block. Buffers grow to the largest block seen and are then reused.
    /// </summary>
    internal sealed class AudioStreamConverter
    {
        private const int BlockFrames = 960;

        private readonly WavEncoding _sourceEncoding;
        private readonly int _channels;
        private readonly int _frameBytes;
        private readonly WavEncoding _targetEncoding;
        private readonly AudioResampler _resampler;
        private readonly byte[] _carry;
        private readonly short[] _interleaved;
        private readonly short[] _mono;
        private readonly short[] _resampled;
        private byte[] _pending = new byte[8192];
        private int _carryCount;
        private int _pendingCount;

        public AudioStreamConverter(WavEncoding sourceEncoding, int sourceRate, int channels, InputAudioFormat targetFormat, int targetPcmRate)
        {
            if (channels < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(channels), channels, "The channel count must be at least 1.");
            }

            _sourceEncoding = sourceEncoding;
            _channels = channels;
            _frameBytes = AudioFormat.BytesPerSample(sourceEncoding) * channels;
            _targetEncoding = AudioFormat.EncodingOf(targetFormat);
            TargetRate = AudioFormat.SampleRateOf(targetFormat, targetPcmRate);
            _resampler = new AudioResampler(sourceRate, TargetRate);
            _carry = new byte[_frameBytes];
            _interleaved = new short[BlockFrames * channels];
            _mono = new short[BlockFrames];
            _resampled = new short[Math.Max(_resampler.GetMaxOutputLength(BlockFrames), _resampler.GetMaxOutputLength(0))];
            TargetBytesPerSample = AudioFormat.BytesPerSample(_targetEncoding);
        }

        public int TargetRate { get; }

        public int TargetBytesPerSample { get; }

        /// <summary>Converted bytes not consumed yet.</summary>
        public ReadOnlyMemory<byte> Pending => new ReadOnlyMemory<byte>(_pending, 0, _pendingCount);

        /// <summary>Drops the first <paramref name="count"/> pending bytes (they were sent).</summary>
        public void Consume(int count)
        {
            Buffer.BlockCopy(_pending, count, _pending, 0, _pendingCount - count);
            _pendingCount -= count;
        }

        /// <summary>Feeds source bytes; their conversion is appended to <see cref="Pending"/>.</summary>
        public void Write(ReadOnlySpan<byte> source)
        {
            if (_carryCount > 0)
            {
                int take = Math.Min(_frameBytes - _carryCount, source.Length);
                source.Slice(0, take).CopyTo(_carry.AsSpan(_carryCount));
                _carryCount += take;
                source = source.Slice(take);
                if (_carryCount < _frameBytes)
                {
                    return;
                }

                ConvertFrames(_carry);
                _carryCount = 0;
            }

            int whole = source.Length / _frameBytes * _frameBytes;
            int blockBytes = BlockFrames * _frameBytes;
            for (int offset = 0; offset < whole; offset += blockBytes)
            {
                ConvertFrames(source.Slice(offset, Math.Min(blockBytes, whole - offset)));
            }

            source.Slice(whole).CopyTo(_carry);
            _carryCount = source.Length - whole;
        }

        /// <summary>Ends the source: the resampler's tail is appended to <see cref="Pending"/>.</summary>
        /// <exception cref="InvalidDataException">The source ended inside a sample or frame.</exception>
        public void Complete()
        {
            if (_carryCount > 0)
            {
                throw new InvalidDataException(
                    $"The audio ends {_carryCount} bytes into a {_frameBytes}-byte frame ({_channels} channel(s) of {_sourceEncoding}): the stream is truncated.");
            }

            int count = _resampler.Flush(_resampled);
            Encode(_resampled.AsSpan(0, count));
        }

        private void ConvertFrames(ReadOnlySpan<byte> frames)
        {
            int samples = frames.Length / AudioFormat.BytesPerSample(_sourceEncoding);
            Span<short> interleaved = _interleaved.AsSpan(0, samples);
            switch (_sourceEncoding)
            {
                case WavEncoding.MuLaw:
                    G711.DecodeMuLaw(frames, interleaved);
                    break;
                case WavEncoding.ALaw:
                    G711.DecodeALaw(frames, interleaved);
                    break;
                default:
                    AudioSamples.AsPcm16(frames).CopyTo(interleaved);
                    break;
            }

            int mono = AudioSamples.DownmixToMono(interleaved, _channels, _mono);
            int resampled = _resampler.Process(_mono.AsSpan(0, mono), _resampled);
            Encode(_resampled.AsSpan(0, resampled));
        }

        private void Encode(ReadOnlySpan<short> samples)
        {
            int bytes = samples.Length * TargetBytesPerSample;
            if (_pendingCount + bytes > _pending.Length)
            {
                Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingCount + bytes));
            }

            Span<byte> target = _pending.AsSpan(_pendingCount, bytes);
            switch (_targetEncoding)
            {
                case WavEncoding.MuLaw:
                    G711.EncodeMuLaw(samples, target);
                    break;
                case WavEncoding.ALaw:
                    G711.EncodeALaw(samples, target);
                    break;
                default:
                    AudioSamples.AsBytes(samples).CopyTo(target);
                    break;
            }

            _pendingCount += bytes;
        }
    }
}
