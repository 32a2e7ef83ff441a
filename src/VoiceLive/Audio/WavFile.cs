using System;
using System.Buffers.Binary;
using System.IO;

namespace VoiceLive
{
    /// <summary>
    /// Reads and writes RIFF/WAVE files holding PCM16, mu-law or A-law audio: the formats Voice Live sends and accepts.
    /// Useful to stream a recording into a session and to save the assistant's audio.
    /// </summary>
    public static class WavFile
    {
        /// <summary>Reads a WAV file.</summary>
        /// <param name="path">The file path.</param>
        /// <returns>The audio.</returns>
        /// <exception cref="InvalidDataException">The file is not a WAV file in a supported encoding.</exception>
        public static WavAudio Read(string path)
        {
            using FileStream stream = File.OpenRead(path);
            return Read(stream);
        }

        /// <summary>Reads WAV data from a stream (chunks other than <c>fmt </c> and <c>data</c> are skipped).</summary>
        /// <param name="stream">The stream, positioned at the RIFF header.</param>
        /// <returns>The audio.</returns>
        /// <exception cref="InvalidDataException">The data is not a WAV file in a supported encoding.</exception>
        public static WavAudio Read(Stream stream)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            byte[] header = ReadExactly(stream, 12);
            if (!Matches(header, 0, "RIFF") || !Matches(header, 8, "WAVE"))
            {
                throw new InvalidDataException("Not a RIFF/WAVE file.");
            }

            int? sampleRate = null;
            int channels = 0;
            WavEncoding encoding = WavEncoding.Pcm16;
            while (true)
            {
                byte[] chunkHeader = ReadExactly(stream, 8);
                uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader.AsSpan(4));
                bool isData = Matches(chunkHeader, 0, "data");

                // Streaming writers leave the data size as 0xFFFFFFFF (unknown): the data then runs to the end.
                if (size > int.MaxValue && !(isData && size == uint.MaxValue))
                {
                    throw new InvalidDataException("A WAV chunk is too large.");
                }

                if (Matches(chunkHeader, 0, "fmt "))
                {
                    if (size < 16)
                    {
                        throw new InvalidDataException($"The WAV fmt chunk is {size} bytes; at least 16 are required.");
                    }

                    byte[] fmt = ReadExactly(stream, (int)size);
                    ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                    channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
                    sampleRate = BinaryPrimitives.ReadInt32LittleEndian(fmt.AsSpan(4));
                    ushort bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));
                    encoding = tag switch
                    {
                        1 when bits == 16 => WavEncoding.Pcm16,
                        6 when bits == 8 => WavEncoding.ALaw,
                        7 when bits == 8 => WavEncoding.MuLaw,
                        _ => throw new InvalidDataException($"Unsupported WAV encoding (format tag {tag}, {bits} bits); use PCM16, A-law or mu-law."),
                    };
                    SkipPadding(stream, size);
                }
                else if (isData)
                {
                    if (sampleRate is null)
                    {
                        throw new InvalidDataException("The WAV data chunk comes before its fmt chunk.");
                    }

                    byte[] data = size == uint.MaxValue ? ReadToEnd(stream) : ReadExactly(stream, (int)size);
                    return new WavAudio(data, sampleRate.Value, channels, encoding);
                }
                else
                {
                    Skip(stream, size + (size & 1));
                }
            }
        }

        /// <summary>Writes audio as a WAV file.</summary>
        /// <param name="path">The file path (overwritten).</param>
        /// <param name="audio">The audio.</param>
        public static void Write(string path, WavAudio audio)
        {
            using FileStream stream = File.Create(path);
            Write(stream, audio);
        }

        /// <summary>Writes audio as WAV data to a stream.</summary>
        /// <param name="stream">The destination.</param>
        /// <param name="audio">The audio.</param>
        public static void Write(Stream stream, WavAudio audio)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            if (audio is null)
            {
                throw new ArgumentNullException(nameof(audio));
            }

            int bits = audio.BytesPerSample * 8;
            var header = new byte[44];
            Span<byte> h = header;
            WriteAscii(h, 0, "RIFF");
            BinaryPrimitives.WriteInt32LittleEndian(h.Slice(4), 36 + audio.Data.Length);
            WriteAscii(h, 8, "WAVE");
            WriteAscii(h, 12, "fmt ");
            BinaryPrimitives.WriteInt32LittleEndian(h.Slice(16), 16);
            BinaryPrimitives.WriteUInt16LittleEndian(h.Slice(20), (ushort)audio.Encoding);
            BinaryPrimitives.WriteUInt16LittleEndian(h.Slice(22), (ushort)audio.Channels);
            BinaryPrimitives.WriteInt32LittleEndian(h.Slice(24), audio.SampleRate);
            BinaryPrimitives.WriteInt32LittleEndian(h.Slice(28), audio.BytesPerSecond);
            BinaryPrimitives.WriteUInt16LittleEndian(h.Slice(32), (ushort)(audio.Channels * audio.BytesPerSample));
            BinaryPrimitives.WriteUInt16LittleEndian(h.Slice(34), (ushort)bits);
            WriteAscii(h, 36, "data");
            BinaryPrimitives.WriteInt32LittleEndian(h.Slice(40), audio.Data.Length);
            stream.Write(header, 0, header.Length);
            byte[] data = audio.Data.ToArray();
            stream.Write(data, 0, data.Length);
            if ((data.Length & 1) == 1)
            {
                stream.WriteByte(0); // RIFF chunks are word-aligned
            }
        }

        private static bool Matches(byte[] buffer, int offset, string ascii)
        {
            for (int i = 0; i < ascii.Length; i++)
            {
                if (buffer[offset + i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void WriteAscii(Span<byte> buffer, int offset, string ascii)
        {
            for (int i = 0; i < ascii.Length; i++)
            {
                buffer[offset + i] = (byte)ascii[i];
            }
        }

        private static byte[] ReadExactly(Stream stream, int count)
        {
            var buffer = new byte[count];
            int read = 0;
            while (read < count)
            {
                int n = stream.Read(buffer, read, count - read);
                if (n == 0)
                {
                    throw new InvalidDataException("The WAV file ends early.");
                }

                read += n;
            }

            return buffer;
        }

        private static byte[] ReadToEnd(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static void SkipPadding(Stream stream, uint size)
        {
            if ((size & 1) == 1)
            {
                Skip(stream, 1);
            }
        }

        private static void Skip(Stream stream, long count)
        {
            var scratch = new byte[Math.Min(count, 4096)];
            while (count > 0)
            {
                int n = stream.Read(scratch, 0, (int)Math.Min(count, scratch.Length));
                if (n == 0)
                {
                    throw new InvalidDataException("The WAV file ends early.");
                }

                count -= n;
            }
        }
    }
}
