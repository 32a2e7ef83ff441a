using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// Steps the number of concurrent real-time sessions against the emulator's <c>echo</c> mode (its own process, one
    /// per step) until the p99 lateness passes the limit, the two processes saturate the machine's cores or sessions
    /// fail to connect, and prints one line per step and the knee: the largest step that met all three.
    /// </summary>
    /// <remarks>
    /// Both directions run at real time: each session appends 100 ms of 24 kHz PCM16 on its own schedule
    /// (start + k × 100 ms), and the emulator answers each append with one delta of the same audio, so the deltas arrive
    /// at the pace the audio was sent. The scheduled send time rides in the audio's first 8 bytes, so lateness is measured
    /// against the real-time schedule, not against when the client got round to sending: send lateness is when the
    /// append completed minus its slot, delivery lateness is when the app saw the echoed delta minus the same slot.
    /// </remarks>
    public static class ScaleKneeHarness
    {
        private const int ChunkBytes = 4800;
        private const int PeriodMs = 100;
        private const double P99LimitMs = 50;

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            bool quick = options.Quick;
            int[] steps = options.Sessions ?? (quick ? new[] { 10, 20 } : new[] { 250, 500, 1000, 1500, 2000, 3000, 4000, 5000, 6000, 8000 });
            int seconds = options.Seconds ?? (quick ? 2 : 10);
            int warmupSeconds = quick ? 1 : 3;
            int cores = Environment.ProcessorCount;
            long fdLimit = ReadOpenFileLimit();
            Console.WriteLine();
            Console.WriteLine($"scale knee{(quick ? " (QUICK MODE: tiny steps for CI, not a measurement)" : string.Empty)}: steps {string.Join(",", steps)}, warm-up {warmupSeconds} s + {seconds} s per step, " +
                $"{PeriodMs} ms of 24 kHz PCM16 per append both ways, echo emulator in its own process per step, {cores} cores, open-file limit {fdLimit}, GC {GcMode.Describe()}");
            Console.WriteLine($"  stops at p99 delivery lateness > {P99LimitMs} ms, client + emulator CPU >= {cores * 0.95:F1} cores, a failed connect or a backlog");

            StepResult? knee = null;
            string stoppedBy = "last step";
            foreach (int n in steps)
            {
                if (fdLimit > 0 && n + 64 > fdLimit)
                {
                    stoppedBy = $"open-file limit {fdLimit}";
                    break;
                }

                StepResult r = await RunStepAsync(n, warmupSeconds, seconds).ConfigureAwait(false);
                Console.WriteLine(r.Line());
                string? failure = r.Failure(cores);
                if (failure is not null)
                {
                    stoppedBy = $"{failure} at {n}";
                    break;
                }

                knee = r;
            }

            if (knee is null)
            {
                Console.WriteLine($"knee: sessions=0 stopped_by=\"{stoppedBy}\"{(quick ? " mode=quick" : string.Empty)}");
                return 1;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"knee: sessions={knee.Sessions} p99_ms={knee.DeliveryP99:F1} cpu_per_session_ms_per_s={knee.CpuPerSession:F3} working_set_per_session_kb={knee.WorkingSetPerSessionKb:F1} ") +
                FormattableString.Invariant($"client_cores={knee.ClientCores:F2} emulator_cores={knee.EmulatorCores:F2} stopped_by=\"{stoppedBy}\"{(quick ? " mode=quick" : string.Empty)}"));
            return 0;
        }

        private sealed class Session
        {
            public VoiceLiveConnection Connection = null!;
            public Task Receiver = Task.CompletedTask;
            public Task Sender = Task.CompletedTask;
            public readonly byte[] Audio = new byte[ChunkBytes];
            public long Sent;
            public long Received;
            public readonly List<float> SendLateMs = new List<float>(256);
            public readonly List<float> DeliveryLateMs = new List<float>(256);
            public readonly List<float> EmulatorToAppMs = new List<float>(256);
            public volatile bool Recording;
        }

        private sealed class StepResult
        {
            public int Sessions;
            public int Connected;
            public string? ConnectError;
            public double SentRatio;
            public double ReceivedRatio;
            public double SendP50, SendP99, DeliveryP50, DeliveryP99, EmulatorToAppP99;
            public double ClientCores, EmulatorCores;
            public double WorkingSetPerSessionKb, EmulatorWorkingSetPerSessionKb;
            public long Backlog;

            public double CpuPerSession => (ClientCores + EmulatorCores) * 1000 / Math.Max(1, Sessions);

            public string? Failure(int cores)
            {
                if (Connected < Sessions)
                {
                    return $"connect failures ({Sessions - Connected}: {ConnectError})";
                }

                if (double.IsNaN(DeliveryP99) || DeliveryP99 > P99LimitMs)
                {
                    return FormattableString.Invariant($"p99 {DeliveryP99:F1} ms > {P99LimitMs} ms");
                }

                if (ClientCores + EmulatorCores >= cores * 0.95)
                {
                    return FormattableString.Invariant($"CPU saturated ({ClientCores + EmulatorCores:F2} of {cores} cores)");
                }

                return Backlog > 0 ? $"backlog of {Backlog} deltas" : null;
            }

            public string Line() => FormattableString.Invariant(
                $"step: sessions={Sessions} connected={Connected} sent={SentRatio:P1} received={ReceivedRatio:P1} send_late_p50/p99_ms={SendP50:F2}/{SendP99:F2} ") +
                FormattableString.Invariant(
                $"delivery_late_p50/p99_ms={DeliveryP50:F2}/{DeliveryP99:F2} emulator_to_app_p99_ms={EmulatorToAppP99:F2} client_cpu_cores={ClientCores:F2} emulator_cpu_cores={EmulatorCores:F2} ") +
                FormattableString.Invariant(
                $"cpu_per_session_ms_per_s={CpuPerSession:F3} (client {ClientCores * 1000 / Math.Max(1, Sessions):F3}, emulator {EmulatorCores * 1000 / Math.Max(1, Sessions):F3}) ws_per_session_kb={WorkingSetPerSessionKb:F1} emulator_ws_per_session_kb={EmulatorWorkingSetPerSessionKb:F1} backlog={Backlog}");
        }

        private static async Task<StepResult> RunStepAsync(int n, int warmupSeconds, int seconds)
        {
            var result = new StepResult { Sessions = n };
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            var clientOptions = new VoiceLiveClientOptions();
            clientOptions.AdditionalQueryParameters["emulator-benchmark"] = "echo";
            var credential = new AzureKeyCredential("benchmark");
            using var stop = new CancellationTokenSource();
            var list = new Session[n];
            for (int i = 0; i < n; i++)
            {
                list[i] = new Session();
                new Random(i).NextBytes(list[i].Audio);
            }

            Process self = Process.GetCurrentProcess();
            GC.Collect();
            self.Refresh();
            long workingSetBase = self.WorkingSet64;
            long emulatorBase = emulator.WorkingSet;

            // One schedule origin for the step; each session's slots are offset inside the period, as independent
            // calls would be, and start a little after the last connect so connecting does not count as lateness.
            using var connectGate = new SemaphoreSlim(32);
            int connected = 0;
            var connects = list.Select((s, index) => Task.Run(async () =>
            {
                await connectGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    s.Connection = await VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential, "gpt-realtime", clientOptions).ConfigureAwait(false);
                    await s.Connection.ReceiveAsync().ConfigureAwait(false); // session.created
                    Interlocked.Increment(ref connected);
                }
                catch (Exception e) when (e is VoiceLiveException or IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException or System.Net.Http.HttpRequestException)
                {
                    result.ConnectError ??= e.GetType().Name + ": " + e.Message;
                }
                finally
                {
                    connectGate.Release();
                }
            })).ToArray();
            await Task.WhenAll(connects).ConfigureAwait(false);
            result.Connected = connected;
            Session[] live = list.Where(s => s.Connection is not null).ToArray();
            long origin = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
            for (int i = 0; i < live.Length; i++)
            {
                Session s = live[i];
                long offset = (long)((double)i / live.Length * PeriodMs * Stopwatch.Frequency / 1000);
                s.Receiver = Task.Run(() => ReceiveLoopAsync(s));
                s.Sender = Task.Run(() => SendLoopAsync(s, origin + offset, stop.Token));
            }

            await Task.Delay(TimeSpan.FromSeconds(warmupSeconds)).ConfigureAwait(false);
            long sentBefore = live.Sum(s => Interlocked.Read(ref s.Sent));
            long receivedBefore = live.Sum(s => Interlocked.Read(ref s.Received));
            foreach (Session s in live)
            {
                s.Recording = true;
            }

            TimeSpan emulatorCpu0 = emulator.CpuTime;
            var meter = new Meter();
            await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            foreach (Session s in live)
            {
                s.Recording = false;
            }

            Measurement m = meter.Stop(0);
            TimeSpan emulatorCpu = emulator.CpuTime - emulatorCpu0;
            self.Refresh();
            long workingSetN = self.WorkingSet64;
            long emulatorN = emulator.WorkingSet;
            double expected = Math.Max(1, live.Length) * (1000.0 / PeriodMs) * (m.WallMs / 1000.0);
            result.SentRatio = (live.Sum(s => Interlocked.Read(ref s.Sent)) - sentBefore) / expected;
            result.ReceivedRatio = (live.Sum(s => Interlocked.Read(ref s.Received)) - receivedBefore) / expected;
            result.ClientCores = m.CpuMs / m.WallMs;
            result.EmulatorCores = emulatorCpu.TotalMilliseconds / m.WallMs;
            result.WorkingSetPerSessionKb = (workingSetN - workingSetBase) / 1024.0 / Math.Max(1, live.Length);
            result.EmulatorWorkingSetPerSessionKb = (emulatorN - emulatorBase) / 1024.0 / Math.Max(1, live.Length);

            stop.Cancel();
            await Task.WhenAll(live.Select(s => s.Sender)).ConfigureAwait(false);
            long totalSent = live.Sum(s => Interlocked.Read(ref s.Sent));
            var drain = Stopwatch.StartNew();
            while (live.Sum(s => Interlocked.Read(ref s.Received)) < totalSent && drain.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(10).ConfigureAwait(false);
            }

            result.Backlog = totalSent - live.Sum(s => Interlocked.Read(ref s.Received));
            double[] send = Sorted(live.SelectMany(s => s.SendLateMs));
            double[] delivery = Sorted(live.SelectMany(s => s.DeliveryLateMs));
            double[] emulatorToApp = Sorted(live.SelectMany(s => s.EmulatorToAppMs));
            result.SendP50 = Stats.Percentile(send, 50);
            result.SendP99 = Stats.Percentile(send, 99);
            result.DeliveryP50 = Stats.Percentile(delivery, 50);
            result.DeliveryP99 = Stats.Percentile(delivery, 99);
            result.EmulatorToAppP99 = Stats.Percentile(emulatorToApp, 99);

            await Task.WhenAll(live.Select(s => s.Connection.DisposeAsync().AsTask())).ConfigureAwait(false);
            await Task.WhenAll(live.Select(s => s.Receiver)).ConfigureAwait(false);
            return result;
        }

        private static double[] Sorted(IEnumerable<float> values)
        {
            double[] a = values.Select(v => (double)v).ToArray();
            Array.Sort(a);
            return a;
        }

        private static async Task SendLoopAsync(Session s, long firstSlot, CancellationToken stop)
        {
            long period = Stopwatch.Frequency * PeriodMs / 1000;
            ReadOnlyMemory<byte> audio = s.Audio;
            try
            {
                for (long k = 0; !stop.IsCancellationRequested; k++)
                {
                    long slot = firstSlot + k * period;
                    long wait = slot - Stopwatch.GetTimestamp();
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency), stop).ConfigureAwait(false);
                    }

                    // A real-time source that falls behind still has every chunk to send: late slots go out back to
                    // back, and their lateness shows.
                    BinaryPrimitives.WriteInt64LittleEndian(s.Audio, slot);
                    await s.Connection.InputAudioBuffer.AppendAsync(audio, cancellationToken: stop).ConfigureAwait(false);
                    if (s.Recording)
                    {
                        s.SendLateMs.Add((float)((Stopwatch.GetTimestamp() - slot) * 1000.0 / Stopwatch.Frequency));
                    }

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
                        if (s.Recording && delta.Delta.Length >= 8)
                        {
                            long slot = BinaryPrimitives.ReadInt64LittleEndian(delta.Delta.Span);
                            s.DeliveryLateMs.Add((float)((now - slot) * 1000.0 / Stopwatch.Frequency));
                            if (TryGetTimestamp(delta.EventId, out long emulatorSent))
                            {
                                s.EmulatorToAppMs.Add((float)((now - emulatorSent) * 1000.0 / Stopwatch.Frequency));
                            }
                        }

                        Interlocked.Increment(ref s.Received);
                    }
                }
            }
            catch (Exception e) when (e is VoiceLiveException or ObjectDisposedException or OperationCanceledException)
            {
            }
        }

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

        /// <summary>The soft limit on open files (each session holds one socket here and one in the emulator).</summary>
        private static long ReadOpenFileLimit()
        {
            try
            {
                foreach (string line in File.ReadLines("/proc/self/limits"))
                {
                    if (line.StartsWith("Max open files", StringComparison.Ordinal))
                    {
                        string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        return long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out long soft) ? soft : -1;
                    }
                }
            }
            catch (IOException)
            {
            }

            return -1;
        }
    }
}
