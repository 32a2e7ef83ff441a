using System;
using System.IO;
using System.Text;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>Reads the WAV fixtures (PCM16 or G.711 μ-law, mono) copied from the shared speech clips.</summary>
    internal static class WavFixture
    {
        public static short[] ReadPcm16(string name, out int sampleRate)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
            int position = 12;
            int format = 0;
            sampleRate = 0;
            while (position + 8 <= bytes.Length)
            {
                string id = Encoding.ASCII.GetString(bytes, position, 4);
                int size = BitConverter.ToInt32(bytes, position + 4);
                if (id == "fmt ")
                {
                    format = BitConverter.ToInt16(bytes, position + 8);
                    sampleRate = BitConverter.ToInt32(bytes, position + 12);
                }
                else if (id == "data")
                {
                    ReadOnlySpan<byte> data = bytes.AsSpan(position + 8, Math.Min(size, bytes.Length - position - 8));
                    return format == 7 ? EmulatorAudio.DecodeMuLaw(data) : EmulatorAudio.FromBytes(data);
                }

                position += 8 + size + (size & 1);
            }

            throw new InvalidDataException("No data chunk in " + name);
        }
    }
}
