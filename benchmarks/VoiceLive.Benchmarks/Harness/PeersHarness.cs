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
    /// <c>response.done</c>) and on the send direction (N appends of 4,800 B to the emulator's sink): the floor, the raw frame loop, this library, the OpenAI .NET realtime client and, when
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
            bool Wanted(string name) => name == "floor" || options.Clients is null || Array.IndexOf(options.Clients, name) >= 0;
            foreach (string name in PeerClient.DotNetClients)
            {
                if (Wanted(name))
                {
                    clients.Add(PeerProcess.DotNet(name));
                }
            }

            PeerProcess? js = null;
            string? skipped = "not asked for";
            if (Wanted("js-azure-ai-voicelive"))
            {
                js = PeerProcess.JavaScript(install: !options.Quick, out skipped);
            }

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
            Dictionary<string, List<PeerRun>> received = await RunRoundsAsync(emulator.Endpoint, clients, count, rounds, steadyPasses, options.Quick, send: false).ConfigureAwait(false);
            // The send direction: the same processes appending to the emulator's sink (the raw frame loop only bounds receiving).
            List<PeerProcess> senders = clients.Where(c => PeerClient.Sends(c.Name)).ToList();
            Dictionary<string, List<PeerRun>> sent = await RunRoundsAsync(emulator.Endpoint, senders, count, rounds, steadyPasses, options.Quick, send: true).ConfigureAwait(false);

            Console.WriteLine($"receive: {count} audio deltas + {count} transcript deltas per pass");
            PrintTable(received, clients);
            Console.WriteLine($"send: {count} appends of {SendHarness.PeerChunkBytes} B per pass (events = appends)");
            PrintTable(sent, senders);
            Console.WriteLine($"load average {LoadAverage()} at the end (other processes on the machine share its cores)");
            Console.WriteLine();
            PrintLines(received, clients, "");
            PrintLines(sent, senders, " direction=send");
            return 0;
        }

        private static async Task<Dictionary<string, List<PeerRun>>> RunRoundsAsync(Uri endpoint, List<PeerProcess> clients, int count, int rounds, int steadyPasses, bool quick, bool send)
        {
            var runs = clients.ToDictionary(c => c.Name, _ => new List<PeerRun>());
            for (int round = 0; round < rounds; round++)
            {
                // Alternate the order so drift (other load on the machine) hits every client alike.
                IEnumerable<PeerProcess> order = round % 2 == 0 ? clients : Enumerable.Reverse(clients);
                foreach (PeerProcess client in order)
                {
                    (PeerRun cold, PeerRun steady) = await client.RunAsync(endpoint, count, steadyPasses, quick ? 60 : 300, send).ConfigureAwait(false);
                    runs[client.Name].Add(cold);
                    runs[client.Name].Add(steady);
                }
            }

            return runs;
        }

        private static void PrintTable(Dictionary<string, List<PeerRun>> runs, List<PeerProcess> clients)
        {
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
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client.Name,-24} {mode,-7} {cpu,9:F1} {wall,9:F1} {cpu / floorCpu,10:F2} {range,13} {Allocation(mine),9}"));
                }
            }
        }

        /// <summary>One line per client and mode: <c>&lt;client&gt;: cpu_ratio=… alloc_per_event=… mode=…</c>, then the suffix.</summary>
        private static void PrintLines(Dictionary<string, List<PeerRun>> runs, List<PeerProcess> clients, string suffix)
        {
            foreach (string mode in Modes)
            {
                double floorCpu = Stats.Median(runs["floor"].Where(r => r.Mode == mode).Select(r => r.CpuMs));
                foreach (PeerProcess client in clients)
                {
                    List<PeerRun> mine = runs[client.Name].Where(r => r.Mode == mode).ToList();
                    double cpu = Stats.Median(mine.Select(r => r.CpuMs));
                    double wall = Stats.Median(mine.Select(r => r.WallMs));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client.Name}: cpu_ratio={cpu / floorCpu:F2} alloc_per_event={Allocation(mine)} mode={mode} cpu_ms={cpu:F1} wall_ms={wall:F1}{suffix}"));
                }
            }
        }

        private static string Allocation(List<PeerRun> runs) =>
            runs.Any(r => r.AllocatedBytes < 0) ? "n/a" : Stats.Median(runs.Select(r => (double)r.AllocatedBytes / r.Events)).ToString("F0", CultureInfo.InvariantCulture);

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
