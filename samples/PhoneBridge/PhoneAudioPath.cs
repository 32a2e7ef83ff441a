using System;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// One call's audio conversions. Pass-through: μ-law both ways, untouched. PCM16: inbound 8 kHz μ-law is decoded and
    /// resampled to 24 kHz PCM16; outbound 24 kHz PCM16 is resampled to 8 kHz and encoded as μ-law. The resamplers
    /// stream across chunks; buffers are per call and reused.
    /// </summary>
    public sealed class PhoneAudioPath
    {
        private readonly AudioResampler? _up;
        private readonly AudioResampler? _down;
        private short[] _pcm = new short[4096];
        private short[] _resampled = new short[4096];
        private byte[] _bytes = new byte[8192];

        /// <summary>Creates the conversions of a mode.</summary>
        public PhoneAudioPath(PhoneAudioMode mode)
        {
            Mode = mode;
            if (mode == PhoneAudioMode.Pcm16Resampling)
            {
                _up = new AudioResampler(8000, 24000);
                _down = new AudioResampler(24000, 8000);
            }
        }

        /// <summary>The mode.</summary>
        public PhoneAudioMode Mode { get; }

        /// <summary>The session's input format for this mode.</summary>
        public InputAudioFormat InputFormat => Mode == PhoneAudioMode.MuLawPassThrough ? InputAudioFormat.G711Ulaw : InputAudioFormat.Pcm16;

        /// <summary>The session's output format for this mode.</summary>
        public OutputAudioFormat OutputFormat => Mode == PhoneAudioMode.MuLawPassThrough ? OutputAudioFormat.G711Ulaw : OutputAudioFormat.Pcm16;

        /// <summary>Caller audio (8 kHz μ-law) as the bytes to append to the session; valid until the next call.</summary>
        public ReadOnlyMemory<byte> ToService(ReadOnlyMemory<byte> muLaw)
        {
            if (_up is null)
            {
                return muLaw;
            }

            Ensure(ref _pcm, muLaw.Length);
            G711.DecodeMuLaw(muLaw.Span, _pcm);
            Ensure(ref _resampled, _up.GetMaxOutputLength(muLaw.Length));
            int count = _up.Process(_pcm.AsSpan(0, muLaw.Length), _resampled);
            ReadOnlySpan<byte> bytes = AudioSamples.AsBytes(_resampled.AsSpan(0, count));
            Ensure(ref _bytes, bytes.Length);
            bytes.CopyTo(_bytes);
            return new ReadOnlyMemory<byte>(_bytes, 0, bytes.Length);
        }

        /// <summary>Assistant audio (a <c>response.audio.delta</c>) as 8 kHz μ-law for the phone; valid until the next call.</summary>
        /// <exception cref="ArgumentException">PCM16 audio with an odd byte count.</exception>
        public ReadOnlyMemory<byte> ToPhone(ReadOnlyMemory<byte> serviceAudio)
        {
            if (_down is null)
            {
                return serviceAudio;
            }

            ReadOnlySpan<short> pcm = AudioSamples.AsPcm16(serviceAudio.Span);
            Ensure(ref _resampled, _down.GetMaxOutputLength(pcm.Length));
            int count = _down.Process(pcm, _resampled);
            return Encode(count);
        }

        /// <summary>The end of a reply: the outbound resampler's tail as μ-law (empty in pass-through).</summary>
        public ReadOnlyMemory<byte> FlushToPhone()
        {
            if (_down is null)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            Ensure(ref _resampled, _down.GetMaxOutputLength(0));
            return Encode(_down.Flush(_resampled));
        }

        /// <summary>Barge-in: forgets outbound audio in the resampler (the phone is told to clear its own).</summary>
        public void DropPhoneAudio() => _down?.Reset();

        private ReadOnlyMemory<byte> Encode(int count)
        {
            Ensure(ref _bytes, count);
            G711.EncodeMuLaw(_resampled.AsSpan(0, count), _bytes);
            return new ReadOnlyMemory<byte>(_bytes, 0, count);
        }

        private static void Ensure<T>(ref T[] buffer, int length)
        {
            if (buffer.Length < length)
            {
                buffer = new T[Math.Max(length, buffer.Length * 2)];
            }
        }
    }
}
