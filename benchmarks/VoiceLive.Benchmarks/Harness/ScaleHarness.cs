using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// N concurrent real-time sessions against the emulator's <c>echo</c> mode in another process: each appends 100 ms of
    /// 24 kHz PCM16 (4,800 bytes) every 100 ms and receives the same audio back as one <c>response.audio.delta</c> per
    /// append. Reports client CPU, working set per session and the delay from the emulator's timestamp (in
    /// <c>event_id</c>) to the app seeing the event.
    /// </summary>
    public static class ScaleHarness
    {
        private const int ChunkBytes = 4800;
        private const int PeriodMs = 100;

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int[] sessions = options.Sessions ?? (options.Quick ? new[] { 10 } : new[] { 100, 500, 1000 });
            int seconds = options.Seconds ?? (options.Quick ? 3 : 60);
            int failures = 0;
            foreach (int n in sessions)
            {
                failures += await RunOneAsync(n, seconds).ConfigureAwait(false);
            }

            return failures;
        }

        private sealed class Session
        {
            public VoiceLiveConnection Connection = null!;
            public Task Receiver = Task.CompletedTask;
            public Task Sender = Task.CompletedTask;
            public long Sent;
            public long Received;
            public readonly List<float> DelaysMs = new List<float>(1024);
            public readonly List<float> LateDelaysMs = new List<float>(1024);
            public volatile bool Recording;
            public volatile bool RecordingLate;
        }

        private static async Task<int> RunOneAsync(int n, int seconds)
        {
            Console.WriteLine();
            Console.WriteLine($"scale harness: {n} sessions, {seconds} s, {PeriodMs} ms of 24 kHz PCM16 ({ChunkBytes} B) per append, echo emulator in a separate process, GC {GcMode.Describe()}");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            byte[] pcm = new byte[ChunkBytes];
            new Random(7).NextBytes(pcm);
            var clientOptions = new VoiceLiveClientOptions();
            clientOptions.AdditionalQueryParameters["emulator-benchmark"] = "echo";
            var credential = new AzureKeyCredential("benchmark");
            using var stop = new CancellationTokenSource();

            // The harness's own per-session records (delay lists) exist before the baselines, so "working set per
            // session" counts the client's memory, not the harness's bookkeeping.
            var list = new Session[n];
            for (int i = 0; i < n; i++)
            {
                list[i] = new Session();
            }
            Process self = Process.GetCurrentProcess();
            long workingSetOne = 0;
            long heapOne = 0;
            long workingSetBase = 0;
            using var connectGate = new SemaphoreSlim(32);
            var connects = new Task[n];
            for (int i = 0; i < n; i++)
            {
                int index = i;
                if (i == 1)
                {
                    // The first session is connected and running: the baseline for "per session beyond the first".
                    await connects[0].ConfigureAwait(false);
                    GC.Collect();
                    self.Refresh();
                    workingSetOne = self.WorkingSet64;
                    heapOne = GC.GetGCMemoryInfo().HeapSizeBytes;
                }
                else if (i == 0)
                {
                    GC.Collect();
                    self.Refresh();
                    workingSetBase = self.WorkingSet64;
                }

                connects[i] = Task.Run(async () =>
                {
                    await connectGate.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        Session s = list[index];
                        s.Connection = await VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential, "gpt-realtime", clientOptions).ConfigureAwait(false);
                        await s.Connection.ReceiveAsync().ConfigureAwait(false); // session.created
                        s.Receiver = Task.Run(() => ReceiveLoopAsync(s));
                        s.Sender = Task.Run(() => SendLoopAsync(s, pcm, stop.Token));
                    }
                    finally
                    {
                        connectGate.Release();
                    }
                });
            }

            await Task.WhenAll(connects).ConfigureAwait(false);
            Console.WriteLine($"  {n} sessions connected");

            // Warm-up so connects, JIT and buffer growth do not count, then the measured window.
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, Math.Max(1, seconds / 6)))).ConfigureAwait(false);
            long sentBefore = list.Sum(s => Interlocked.Read(ref s.Sent));
            long receivedBefore = list.Sum(s => Interlocked.Read(ref s.Received));
            foreach (Session s in list)
            {
                s.Recording = true;
            }

            TimeSpan emulatorCpu0 = emulator.CpuTime;
            var meter = new Meter();
            await Task.Delay(TimeSpan.FromSeconds(seconds / 2.0)).ConfigureAwait(false);
            foreach (Session s in list)
            {
                s.RecordingLate = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(seconds / 2.0)).ConfigureAwait(false);
            self.Refresh();
            long workingSetN = self.WorkingSet64;
            long sentWindow = list.Sum(s => Interlocked.Read(ref s.Sent)) - sentBefore;
            long receivedWindow = list.Sum(s => Interlocked.Read(ref s.Received)) - receivedBefore;
            Measurement m = meter.Stop((int)receivedWindow);
            TimeSpan emulatorCpu = emulator.CpuTime - emulatorCpu0;
            foreach (Session s in list)
            {
                s.Recording = false;
            }

            // Backlog: stop sending and see whether everything sent comes back promptly.
            stop.Cancel();
            await Task.WhenAll(list.Select(s => s.Sender)).ConfigureAwait(false);
            long totalSent = list.Sum(s => Interlocked.Read(ref s.Sent));
            var drain = Stopwatch.StartNew();
            while (list.Sum(s => Interlocked.Read(ref s.Received)) < totalSent && drain.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(10).ConfigureAwait(false);
            }

            long backlog = totalSent - list.Sum(s => Interlocked.Read(ref s.Received));
            double drainMs = drain.Elapsed.TotalMilliseconds;
            GC.Collect();
            self.Refresh();
            long workingSetNAfterGc = self.WorkingSet64;

            double[] early = list.SelectMany(s => s.DelaysMs).Select(d => (double)d).OrderBy(d => d).ToArray();
            double[] delays = list.SelectMany(s => s.DelaysMs.Concat(s.LateDelaysMs)).Select(d => (double)d).OrderBy(d => d).ToArray();
            double[] late = list.SelectMany(s => s.LateDelaysMs).Select(d => (double)d).OrderBy(d => d).ToArray();
            double expected = n * (1000.0 / PeriodMs) * (m.WallMs / 1000.0);
            Console.WriteLine($"  appends sent in window: {sentWindow} (expected {expected:F0} = {sentWindow / expected:P1}), deltas received: {receivedWindow}");
            Console.WriteLine($"  client CPU: {m.CpuMs / m.WallMs * 100:F1}% of one core ({m.CpuMs / Math.Max(1, receivedWindow + sentWindow) * 1000:F1} us per event sent or received); emulator CPU: {emulatorCpu.TotalMilliseconds / m.WallMs * 100:F1}% of one core");
            Console.WriteLine($"  allocated: {m.AllocatedBytes / Math.Max(1.0, receivedWindow + sentWindow):F0} B per event sent or received");
            Console.WriteLine($"  working set: base {workingSetBase / 1048576.0:F1} MiB, 1 session {workingSetOne / 1048576.0:F1} MiB, {n} sessions {workingSetN / 1048576.0:F1} MiB (after GC {workingSetNAfterGc / 1048576.0:F1} MiB)");
            GCMemoryInfo gcInfo = GC.GetGCMemoryInfo();

            // What the sessions themselves retain: an aggressive collection also gives the GC's free budget back to the
            // system, which a normal one keeps (it is sized by the allocation rate, not by the number of sessions).
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            self.Refresh();
            long workingSetNAggressive = self.WorkingSet64;
            Console.WriteLine($"  after GC: managed heap {gcInfo.HeapSizeBytes / 1048576.0:F1} MiB, GC committed {gcInfo.TotalCommittedBytes / 1048576.0:F1} MiB (the rest of the working set is native: runtime, sockets, code)");
            Console.WriteLine($"  GC detail: fragmented {gcInfo.FragmentedBytes / 1048576.0:F1} MiB, pinned objects {gcInfo.PinnedObjectsCount}, per generation size/fragmentation after: "
                + string.Join(", ", Enumerable.Range(0, gcInfo.GenerationInfo.Length).Select(g => $"gen{g} {gcInfo.GenerationInfo[g].SizeAfterBytes / 1048576.0:F1}/{gcInfo.GenerationInfo[g].FragmentationAfterBytes / 1048576.0:F1} MiB")));
            if (n > 1)
            {
                Console.WriteLine($"  managed heap per session beyond the first: {(gcInfo.HeapSizeBytes - heapOne) / 1024.0 / (n - 1):F1} KB");
            }

            if (n > 1)
            {
                Console.WriteLine($"  working set per session beyond the first: {(workingSetN - workingSetOne) / 1024.0 / (n - 1):F1} KB (after GC {(workingSetNAfterGc - workingSetOne) / 1024.0 / (n - 1):F1} KB; after an aggressive GC, sessions still open: {(workingSetNAggressive - workingSetOne) / 1024.0 / (n - 1):F1} KB)");
            }

            Console.WriteLine($"  delivery delay (emulator timestamp -> app): p50 {Stats.Percentile(delays, 50):F2} ms, p99 {Stats.Percentile(delays, 99):F2} ms, max {Stats.Percentile(delays, 100):F2} ms over {delays.Length} deltas");
            Console.WriteLine($"  first half p50/p99 {Stats.Percentile(early, 50):F2}/{Stats.Percentile(early, 99):F2} ms, second half {Stats.Percentile(late, 50):F2}/{Stats.Percentile(late, 99):F2} ms (a growing backlog shows as a higher second half)");
            Console.WriteLine($"  after stopping: backlog {backlog} deltas, drained in {drainMs:F0} ms");

            foreach (Session s in list)
            {
                await s.Connection.DisposeAsync().ConfigureAwait(false);
            }

            await Task.WhenAll(list.Select(s => s.Receiver)).ConfigureAwait(false);
            return backlog == 0 && delays.Length > 0 ? 0 : 1;
        }

        private static async Task SendLoopAsync(Session s, byte[] pcm, CancellationToken stop)
        {
            // Spread the sessions across the period, as independent calls would be.
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(PeriodMs));
            ReadOnlyMemory<byte> audio = pcm;
            try
            {
                await Task.Delay(Random.Shared.Next(PeriodMs), stop).ConfigureAwait(false);
                while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                {
                    await s.Connection.InputAudioBuffer.AppendAsync(audio, cancellationToken: stop).ConfigureAwait(false);
                    Interlocked.Increment(ref s.Sent);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private static async Task ReceiveLoopAsync(Session s)
        {
            try
            {
                await foreach (ServerEvent evt in (IAsyncEnumerable<ServerEvent>)s.Connection)
                {
                    if (evt is ServerEventResponseAudioDelta delta)
                    {
                        long now = Stopwatch.GetTimestamp();
                        if (s.Recording && TryGetTimestamp(delta.EventId, out long sent))
                        {
                            float ms = (float)((now - sent) * 1000.0 / Stopwatch.Frequency);
                            (s.RecordingLate ? s.LateDelaysMs : s.DelaysMs).Add(ms);
                        }

                        Interlocked.Increment(ref s.Received);
                    }
                }
            }
            catch (Exception e) when (e is VoiceLiveException or ObjectDisposedException or OperationCanceledException)
            {
            }
        }

        /// <summary>The echo emulator's event id is <c>event_echo_&lt;Stopwatch timestamp&gt;_&lt;n&gt;</c>.</summary>
        private static bool TryGetTimestamp(string? eventId, out long timestamp)
        {
            timestamp = 0;
            const string Prefix = "event_echo_";
            if (eventId is null || !eventId.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            int end = eventId.IndexOf('_', Prefix.Length);
            return long.TryParse(eventId.AsSpan(Prefix.Length, (end < 0 ? eventId.Length : end) - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
        }
    }
}
