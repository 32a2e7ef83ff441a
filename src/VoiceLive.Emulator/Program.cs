namespace VoiceLive.Emulator
{
    internal static class Program
    {
        public static int Main(string[] args)
        {
            return 0;
        }
    }
}
