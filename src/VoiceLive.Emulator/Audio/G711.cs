namespace VoiceLive.Emulator
{
    /// <summary>ITU-T G.711 μ-law and A-law companding, written from the standard's segment tables.</summary>
    internal static class G711
    {
        private const int MuLawBias = 0x84;
        private const int MuLawClip = 32635;

        public static byte LinearToMuLaw(short sample)
        {
            int pcm = sample;
            int sign = (pcm >> 8) & 0x80;
            if (sign != 0)
            {
                pcm = -pcm;
            }

            if (pcm > MuLawClip)
            {
                pcm = MuLawClip;
            }

            pcm += MuLawBias;
            int exponent = 7;
            for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1)
            {
                exponent--;
            }

            int mantissa = (pcm >> (exponent + 3)) & 0x0F;
            return (byte)~(sign | (exponent << 4) | mantissa);
        }

        public static short MuLawToLinear(byte value)
        {
            int u = ~value & 0xFF;
            int sign = u & 0x80;
            int exponent = (u >> 4) & 0x07;
            int mantissa = u & 0x0F;
            int magnitude = (((mantissa << 3) + MuLawBias) << exponent) - MuLawBias;
            return (short)(sign != 0 ? -magnitude : magnitude);
        }

        public static byte LinearToALaw(short sample)
        {
            int pcm = sample;
            int sign = 0;
            if (pcm < 0)
            {
                // Magnitude of the negative value, kept within 15 bits like the reference encoder.
                pcm = -pcm - 1;
                sign = 0x80;
            }

            if (pcm > 32767)
            {
                pcm = 32767;
            }

            int compressed;
            if (pcm >= 256)
            {
                int exponent = 7;
                for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 1; mask >>= 1)
                {
                    exponent--;
                }

                int mantissa = (pcm >> (exponent + 3)) & 0x0F;
                compressed = (exponent << 4) | mantissa;
            }
            else
            {
                compressed = pcm >> 4;
            }

            // Protocol (G.711): A-law inverts the even bits; the sign bit set means positive.
            return (byte)((compressed | (sign ^ 0x80)) ^ 0x55);
        }

        public static short ALawToLinear(byte value)
        {
            int a = value ^ 0x55;
            int sign = a & 0x80;
            int exponent = (a >> 4) & 0x07;
            int mantissa = a & 0x0F;
            int magnitude = exponent == 0
                ? (mantissa << 4) + 8
                : ((mantissa << 4) + 0x108) << (exponent - 1);
            return (short)(sign != 0 ? magnitude : -magnitude);
        }
    }
}
