using System;
using System.Globalization;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// One client of the peers harness in its own process
    /// (<c>peer-client &lt;name&gt; &lt;endpoint&gt; &lt;count&gt; &lt;chunk bytes&gt; &lt;steady passes&gt;</c>): the first pass over
    /// the firehose is measured as the cold figure (JIT and first connection included); the passes after it, which
    /// that first one warmed up, as steady ones. Each pass is printed as a <c>peer-run</c> line the parent reads.
    /// </summary>
    public static class PeerClient
    {
        /// <summary>The .NET clients, in the order the harness lists them; the floor first, as every ratio's base.</summary>
        public static readonly string[] DotNetClients = { "floor", "raw-frame-loop", "voicelive", "openai-dotnet" };

        /// <summary>The clients that also run the send direction (the raw frame loop is a receive bound only).</summary>
        public static bool Sends(string name) => name != "raw-frame-loop";

        public static async Task<int> RunAsync(string[] args)
        {
            if (args.Length < 5)
            {
                Console.Error.WriteLine("peer-client <name> <endpoint> <count> <chunk bytes> <steady passes> [receive|send]");
                return 2;
            }

            string name = args[0];
            var endpoint = new Uri(args[1]);
            int count = int.Parse(args[2], CultureInfo.InvariantCulture);
            int steadyPasses = int.Parse(args[4], CultureInfo.InvariantCulture);
            bool send = args.Length > 5 && args[5] == "send";
            Func<Uri, int, Task<Measurement>> run = (name, send) switch
            {
                ("floor", false) => ReceiveHarness.PeerFloorAsync,
                ("raw-frame-loop", false) => ReceiveHarness.PeerRawFrameLoopAsync,
                ("voicelive", false) => ReceiveHarness.PeerVoiceLiveAsync,
                ("openai-dotnet", false) => OpenAIPeer.RunAsync,
                ("floor", true) => SendHarness.PeerFloorAsync,
                ("voicelive", true) => SendHarness.PeerVoiceLiveAsync,
                ("openai-dotnet", true) => OpenAIPeer.SendAsync,
                _ => throw new ArgumentException($"Unknown peer client '{name}' for {(send ? "send" : "receive")}.", nameof(args)),
            };

            Print("cold", await run(endpoint, count).ConfigureAwait(false));
            for (int pass = 0; pass < steadyPasses; pass++)
            {
                Print("steady", await run(endpoint, count).ConfigureAwait(false));
            }

            return 0;
        }

        private static void Print(string mode, Measurement m) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer-run mode={mode} cpu_ms={m.CpuMs:F1} wall_ms={m.WallMs:F1} alloc_bytes={m.AllocatedBytes} events={m.Events}"));
    }
}
