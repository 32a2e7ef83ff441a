using System;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// <see cref="RealtimeAudioFormat"/> (media type and sample rate) ⇄ Voice Live's format names. PCM is
    /// <c>audio/pcm</c> (16-bit little-endian mono) at 24, 16 or 8 kHz; G.711 is <c>audio/pcmu</c> or <c>audio/pcma</c>
    /// at 8 kHz. Anything else is refused with an <see cref="ArgumentException"/> rather than sent and refused later.
    /// </summary>
    internal static class AudioFormatMapper
    {
        public const string Pcm = "audio/pcm";
        public const string MuLaw = "audio/pcmu";
        public const string ALaw = "audio/pcma";

        /// <summary>The input format and, for PCM, the <c>input_audio_sampling_rate</c>.</summary>
        public static (InputAudioFormat Format, int? SampleRate) ToInputFormat(RealtimeAudioFormat format)
        {
            switch (Normalize(format.MediaType))
            {
                case Pcm:
                    if (format.SampleRate is not (24000 or 16000 or 8000))
                    {
                        throw Unsupported(format, "input PCM must be 24000, 16000 or 8000 Hz");
                    }

                    return (InputAudioFormat.Pcm16, format.SampleRate);
                case MuLaw:
                    RequireG711Rate(format);
                    return (InputAudioFormat.G711Ulaw, null);
                case ALaw:
                    RequireG711Rate(format);
                    return (InputAudioFormat.G711Alaw, null);
                default:
                    throw Unsupported(format, "supported media types are audio/pcm, audio/pcmu and audio/pcma");
            }
        }

        public static OutputAudioFormat ToOutputFormat(RealtimeAudioFormat format)
        {
            switch (Normalize(format.MediaType))
            {
                case Pcm:
                    return format.SampleRate switch
                    {
                        24000 => OutputAudioFormat.Pcm16,
                        16000 => OutputAudioFormat.Pcm16At16000Hz,
                        8000 => OutputAudioFormat.Pcm16At8000Hz,
                        _ => throw Unsupported(format, "output PCM must be 24000, 16000 or 8000 Hz"),
                    };
                case MuLaw:
                    RequireG711Rate(format);
                    return OutputAudioFormat.G711Ulaw;
                case ALaw:
                    RequireG711Rate(format);
                    return OutputAudioFormat.G711Alaw;
                default:
                    throw Unsupported(format, "supported media types are audio/pcm, audio/pcmu and audio/pcma");
            }
        }

        /// <summary>The MEAI form of an output format name; a name this version does not know is reported as PCM at 24 kHz.</summary>
        public static RealtimeAudioFormat FromOutputFormat(OutputAudioFormat format)
        {
            if (format == OutputAudioFormat.G711Ulaw)
            {
                return new RealtimeAudioFormat(MuLaw, 8000);
            }

            if (format == OutputAudioFormat.G711Alaw)
            {
                return new RealtimeAudioFormat(ALaw, 8000);
            }

            if (format == OutputAudioFormat.Pcm16At16000Hz)
            {
                return new RealtimeAudioFormat(Pcm, 16000);
            }

            return format == OutputAudioFormat.Pcm16At8000Hz ? new RealtimeAudioFormat(Pcm, 8000) : new RealtimeAudioFormat(Pcm, 24000);
        }

        /// <summary>The media type of audio in an output format (what a <c>DataContent</c> of that audio is labelled).</summary>
        public static string MediaTypeOf(OutputAudioFormat? format)
            => format == OutputAudioFormat.G711Ulaw ? MuLaw : format == OutputAudioFormat.G711Alaw ? ALaw : Pcm;

        private static string Normalize(string? mediaType)
        {
            string value = (mediaType ?? string.Empty).Trim();
            int parameters = value.IndexOf(';');
            return (parameters >= 0 ? value.Substring(0, parameters) : value).Trim().ToLowerInvariant();
        }

        private static void RequireG711Rate(RealtimeAudioFormat format)
        {
            // Zero means "not given"; G.711 has one rate.
            if (format.SampleRate is not (8000 or 0))
            {
                throw Unsupported(format, "G.711 is 8000 Hz");
            }
        }

        private static ArgumentException Unsupported(RealtimeAudioFormat format, string rule)
            => new ArgumentException($"Audio format {format.MediaType} at {format.SampleRate} Hz is not supported by Voice Live: {rule}.", nameof(format));
    }
}
