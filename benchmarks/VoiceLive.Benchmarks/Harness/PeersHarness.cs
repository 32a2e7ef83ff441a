using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// The library against its peers on the receive firehose (N audio deltas of 4,800 B + N transcript deltas, then
    /// <c>response.done</c>): the floor, the raw frame loop, this library, the OpenAI .NET realtime client and, when
    /// node is on the machine, Microsoft's <c>@azure/ai-voicelive</c>. Every client runs in its own process against
    /// the same emulator process, one process per client per round, the order alternating between rounds. Each process
    /// measures its first pass (cold) and its second (steady: the first pass was its unmeasured warm-up).
    /// </summary>
    public static class PeersHarness
    {
        private static readonly string[] Modes = { "steady", "cold" };

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int count = options.Count ?? (options.Quick ? 500 : 20_000);
            int rounds = options.Rounds ?? (options.Quick ? 1 : 5);
            int steadyPasses = options.Quick ? 1 : 3;
            Console.WriteLine($"peers harness: {count} audio deltas ({ReceiveHarness.PeerChunkBytes} B) + {count} transcript deltas per pass, {rounds} rounds, one process per client per round (cold = its first pass, steady = median of its next {steadyPasses}), emulator in a separate process, GC {GcMode.Describe()}");
            var clients = new List<PeerProcess>();
            foreach (string name in PeerClient.DotNetClients)
            {
                clients.Add(PeerProcess.DotNet(name));
            }

            PeerProcess? js = PeerProcess.JavaScript(install: !options.Quick, out string? skipped);
            if (js is null)
            {
                Console.WriteLine($"js-azure-ai-voicelive: skipped ({skipped})");
            }
            else
            {
                clients.Add(js);
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()} at the start");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            var runs = clients.ToDictionary(c => c.Name, _ => new List<PeerRun>());
            for (int round = 0; round < rounds; round++)
            {
                // Alternate the order so drift (other load on the machine) hits every client alike.
                IEnumerable<PeerProcess> order = round % 2 == 0 ? clients : Enumerable.Reverse(clients);
                foreach (PeerProcess client in order)
                {
                    (PeerRun cold, PeerRun steady) = await client.RunAsync(emulator.Endpoint, count, steadyPasses, options.Quick ? 60 : 300).ConfigureAwait(false);
                    runs[client.Name].Add(cold);
                    runs[client.Name].Add(steady);
                }
            }

            Console.WriteLine($"{"client",-24} {"mode",-7} {"cpu ms",9} {"wall ms",9} {"cpu/floor",10} {"range",13} {"B/event",9}");
            foreach (string mode in Modes)
            {
                List<PeerRun> floorRuns = runs["floor"].Where(r => r.Mode == mode).ToList();
                double floorCpu = Stats.Median(floorRuns.Select(r => r.CpuMs));
                foreach (PeerProcess client in clients)
                {
                    List<PeerRun> mine = runs[client.Name].Where(r => r.Mode == mode).ToList();
                    double cpu = Stats.Median(mine.Select(r => r.CpuMs));
                    double wall = Stats.Median(mine.Select(r => r.WallMs));
                    // Each round's ratio against the floor's run of the same round: the spread the load causes.
                    double[] perRound = mine.Zip(floorRuns, (m, f) => m.CpuMs / f.CpuMs).ToArray();
                    string range = perRound.Length == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"[{perRound.Min():F2}-{perRound.Max():F2}]");
                    string alloc = mine.Any(r => r.AllocatedBytes < 0) ? "n/a" : Stats.Median(mine.Select(r => (double)r.AllocatedBytes / r.Events)).ToString("F0", CultureInfo.InvariantCulture);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client.Name,-24} {mode,-7} {cpu,9:F1} {wall,9:F1} {cpu / floorCpu,10:F2} {range,13} {alloc,9}"));
                }
            }

            Console.WriteLine($"load average {LoadAverage()} at the end (other processes on the machine share its cores)");
            Console.WriteLine();
            foreach (string mode in Modes)
            {
                double floorCpu = Stats.Median(runs["floor"].Where(r => r.Mode == mode).Select(r => r.CpuMs));
                foreach (PeerProcess client in clients)
                {
                    List<PeerRun> mine = runs[client.Name].Where(r => r.Mode == mode).ToList();
                    double cpu = Stats.Median(mine.Select(r => r.CpuMs));
                    double wall = Stats.Median(mine.Select(r => r.WallMs));
                    string alloc = mine.Any(r => r.AllocatedBytes < 0) ? "n/a" : Stats.Median(mine.Select(r => (double)r.AllocatedBytes / r.Events)).ToString("F0", CultureInfo.InvariantCulture);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client.Name}: cpu_ratio={cpu / floorCpu:F2} alloc_per_event={alloc} mode={mode} cpu_ms={cpu:F1} wall_ms={wall:F1}"));
                }
            }

            return 0;
        }

        /// <summary>The 1, 5 and 15 minute load averages (Linux), so a reader sees how busy the machine was.</summary>
        private static string LoadAverage()
        {
            try
            {
                string[] fields = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(" ", fields, 0, 3);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
            {
                return "unknown";
            }
        }
    }
}
