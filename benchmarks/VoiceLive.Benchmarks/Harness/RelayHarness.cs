using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// N browser-style sessions through one BrowserAssistant relay process to the emulator's <c>echo</c> mode (another
    /// process): each scripted page (a ClientWebSocket, no browser) sends 100 ms of 24 kHz PCM16 every 100 ms as a
    /// binary message and gets the same audio back as binary. The baseline, in the same run, is the same N sessions
    /// straight to the emulator through the library. Reports the round trip of both, the relay hop's added latency,
    /// and the relay process's CPU and memory per session.
    /// </summary>
    public static class RelayHarness
    {
        private const int ChunkBytes = 4800;
        private const int PeriodMs = 100;

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int n = options.Sessions?.FirstOrDefault() ?? (options.Quick ? 20 : 200);
            int seconds = options.Seconds ?? (options.Quick ? 3 : 20);
            Console.WriteLine();
            Console.WriteLine($"relay harness: {n} sessions, {seconds} s window, {PeriodMs} ms of 24 kHz PCM16 ({ChunkBytes} B) per message; relay and echo emulator in separate processes, GC {GcMode.Describe()}");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            await using RelayProcess relay = await RelayProcess.StartAsync(new Uri(emulator.Endpoint, "?emulator-benchmark=echo"), maxSessions: n + 10).ConfigureAwait(false);

            Phase direct = await RunPhaseAsync("direct (library -> emulator)", n, seconds, () => new DirectSession(emulator.Endpoint), relay: null).ConfigureAwait(false);
            Phase relayed = await RunPhaseAsync("relay (page socket -> relay -> emulator)", n, seconds, () => new PageSession(relay), relay).ConfigureAwait(false);

            Console.WriteLine($"  added by the relay hop: p50 {relayed.P50 - direct.P50:+0.00;-0.00} ms, p99 {relayed.P99 - direct.P99:+0.00;-0.00} ms (relay minus direct, same run)");
            Console.WriteLine($"  relay process: CPU {relayed.RelayCpuPercent:F1}% of one core for {n} sessions = {relayed.RelayCpuPercent / n:F3}% per session ({relayed.RelayCpuUsPerFrame:F1} us per audio message relayed up and back), "
                + $"working set {relayed.RelayWorkingSetOne / 1048576.0:F1} MiB with 1 session, {relayed.RelayWorkingSetN / 1048576.0:F1} MiB with {n} = {(relayed.RelayWorkingSetN - relayed.RelayWorkingSetOne) / 1024.0 / Math.Max(1, n - 1):F0} KB per session beyond the first");
            return direct.Ok && relayed.Ok ? 0 : 1;
        }

        private sealed record Phase(bool Ok, double P50, double P99, double RelayCpuPercent, double RelayCpuUsPerFrame, long RelayWorkingSetOne, long RelayWorkingSetN);

        private abstract class Session
        {
            public long Sent;
            public long Received;
            public readonly List<float> RoundTripsMs = new List<float>(1024);
            public volatile bool Recording;
            public Task Receiver = Task.CompletedTask;
            public Task Sender = Task.CompletedTask;

            public abstract Task ConnectAsync();

            public abstract ValueTask SendAsync(ReadOnlyMemory<byte> pcm, CancellationToken stop);

            public abstract Task ReceiveLoopAsync();

            public abstract Task CloseAsync();

            // The first 8 bytes of every chunk carry its send time; the echo returns them unchanged.
            public void OnAudio(ReadOnlySpan<byte> audio)
            {
                long now = Stopwatch.GetTimestamp();
                if (Recording && audio.Length >= 8)
                {
                    long sent = BinaryPrimitives.ReadInt64LittleEndian(audio);
                    RoundTripsMs.Add((float)((now - sent) * 1000.0 / Stopwatch.Frequency));
                }

                Interlocked.Increment(ref Received);
            }
        }

        private sealed class DirectSession : Session
        {
            private readonly Uri _endpoint;
            private VoiceLiveConnection _connection = null!;

            public DirectSession(Uri endpoint) => _endpoint = endpoint;

            public override async Task ConnectAsync()
            {
                var options = new VoiceLiveClientOptions();
                options.AdditionalQueryParameters["emulator-benchmark"] = "echo";
                _connection = await VoiceLiveClient.ConnectAsync(_endpoint, new AzureKeyCredential("benchmark"), "gpt-realtime", options).ConfigureAwait(false);
                await _connection.ReceiveAsync().ConfigureAwait(false); // session.created
            }

            public override ValueTask SendAsync(ReadOnlyMemory<byte> pcm, CancellationToken stop) =>
                _connection.InputAudioBuffer.AppendAsync(pcm, cancellationToken: stop);

            public override async Task ReceiveLoopAsync()
            {
                try
                {
                    await foreach (ServerEvent evt in (IAsyncEnumerable<ServerEvent>)_connection)
                    {
                        if (evt is ServerEventResponseAudioDelta delta)
                        {
                            OnAudio(delta.Delta.Span);
                        }
                    }
                }
                catch (Exception e) when (e is VoiceLiveException or ObjectDisposedException or OperationCanceledException)
                {
                    // The harness closed the session.
                }
            }

            public override async Task CloseAsync() => await _connection.DisposeAsync().ConfigureAwait(false);
        }

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "CloseAsync disposes the socket and the gate: every session is closed by the harness.")]
        private sealed class PageSession : Session
        {
            private readonly RelayProcess _relay;
            private readonly ClientWebSocket _socket = new ClientWebSocket();
            private readonly SemaphoreSlim _sendGate = new SemaphoreSlim(1, 1);

            public PageSession(RelayProcess relay) => _relay = relay;

            public override async Task ConnectAsync()
            {
                _socket.Options.SetRequestHeader("Origin", _relay.Origin);
                await _socket.ConnectAsync(_relay.RelayUri, CancellationToken.None).ConfigureAwait(false);
                var buffer = new byte[4096];
                while (true)
                {
                    WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        throw new InvalidOperationException("The relay closed before 'ready': " + _socket.CloseStatusDescription);
                    }

                    if (result.MessageType == WebSocketMessageType.Text && System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count).Contains("\"ready\"", StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }

            public override async ValueTask SendAsync(ReadOnlyMemory<byte> pcm, CancellationToken stop)
            {
                await _sendGate.WaitAsync(stop).ConfigureAwait(false);
                try
                {
                    await _socket.SendAsync(pcm, WebSocketMessageType.Binary, true, CancellationToken.None).ConfigureAwait(false);
                }
                finally
                {
                    _sendGate.Release();
                }
            }

            public override async Task ReceiveLoopAsync()
            {
                var buffer = new byte[64 * 1024];
                try
                {
                    while (true)
                    {
                        int count = 0;
                        ValueWebSocketReceiveResult result;
                        do
                        {
                            result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None).ConfigureAwait(false);
                            count += result.Count;
                        }
                        while (!result.EndOfMessage);

                        if (result.MessageType == WebSocketMessageType.Close)
                        {
                            return;
                        }

                        if (result.MessageType == WebSocketMessageType.Binary)
                        {
                            OnAudio(buffer.AsSpan(0, count));
                        }
                    }
                }
                catch (WebSocketException)
                {
                    // The harness closed the session.
                }
            }

            public override async Task CloseAsync()
            {
                await _sendGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                    _socket.Abort();
                }
                finally
                {
                    _sendGate.Release();
                }

                // The receive loop ends with the close; the socket and the gate are not used after it.
                _socket.Dispose();
                _sendGate.Dispose();
            }
        }

        private static async Task<Phase> RunPhaseAsync(string name, int n, int seconds, Func<Session> create, RelayProcess? relay)
        {
            var sessions = Enumerable.Range(0, n).Select(_ => create()).ToArray();
            using var stop = new CancellationTokenSource();

            // One session first: the relay's memory with one session is the baseline for "per session".
            await StartAsync(sessions[0], stop.Token).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            long workingSetOne = relay?.WorkingSet ?? 0;
            using var gate = new SemaphoreSlim(16);
            await Task.WhenAll(sessions.Skip(1).Select(async s =>
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    await StartAsync(s, stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);

            // Warm-up, then the measured window.
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(3, Math.Max(1, seconds / 4)))).ConfigureAwait(false);
            long receivedBefore = sessions.Sum(s => Interlocked.Read(ref s.Received));
            TimeSpan relayCpu0 = relay?.CpuTime ?? TimeSpan.Zero;
            var window = Stopwatch.StartNew();
            foreach (Session s in sessions)
            {
                s.Recording = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            foreach (Session s in sessions)
            {
                s.Recording = false;
            }

            double wallMs = window.Elapsed.TotalMilliseconds;
            TimeSpan relayCpu = (relay?.CpuTime ?? TimeSpan.Zero) - relayCpu0;
            long workingSetN = relay?.WorkingSet ?? 0;
            long receivedWindow = sessions.Sum(s => Interlocked.Read(ref s.Received)) - receivedBefore;

            // Stop sending; everything sent must come back.
            stop.Cancel();
            await Task.WhenAll(sessions.Select(s => s.Sender)).ConfigureAwait(false);
            long totalSent = sessions.Sum(s => Interlocked.Read(ref s.Sent));
            var drain = Stopwatch.StartNew();
            while (sessions.Sum(s => Interlocked.Read(ref s.Received)) < totalSent && drain.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(10).ConfigureAwait(false);
            }

            long backlog = totalSent - sessions.Sum(s => Interlocked.Read(ref s.Received));
            await Task.WhenAll(sessions.Select(s => s.CloseAsync())).ConfigureAwait(false);
            await Task.WhenAll(sessions.Select(s => s.Receiver)).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);

            double[] rtt = sessions.SelectMany(s => s.RoundTripsMs).Select(d => (double)d).OrderBy(d => d).ToArray();
            double expected = n * (1000.0 / PeriodMs) * (wallMs / 1000.0);
            Console.WriteLine($"  {name}: round trip p50 {Stats.Percentile(rtt, 50):F2} ms, p99 {Stats.Percentile(rtt, 99):F2} ms, max {Stats.Percentile(rtt, 100):F2} ms over {rtt.Length} messages; "
                + $"received in window {receivedWindow} ({receivedWindow / expected:P1} of real time), backlog after stop {backlog}");
            bool ok = rtt.Length > 0 && backlog == 0;
            return new Phase(ok, Stats.Percentile(rtt, 50), Stats.Percentile(rtt, 99), relayCpu.TotalMilliseconds / wallMs * 100,
                relayCpu.TotalMilliseconds * 1000 / Math.Max(1, receivedWindow), workingSetOne, workingSetN);
        }

        private static async Task StartAsync(Session s, CancellationToken stop)
        {
            await s.ConnectAsync().ConfigureAwait(false);
            s.Receiver = Task.Run(s.ReceiveLoopAsync, CancellationToken.None);
            s.Sender = Task.Run(() => SendLoopAsync(s, stop), CancellationToken.None);
        }

        private static async Task SendLoopAsync(Session s, CancellationToken stop)
        {
            // Spread the sessions across the period, as independent calls would be.
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(PeriodMs));
            byte[] pcm = new byte[ChunkBytes];
            try
            {
                await Task.Delay(Random.Shared.Next(PeriodMs), stop).ConfigureAwait(false);
                while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                {
                    BinaryPrimitives.WriteInt64LittleEndian(pcm, Stopwatch.GetTimestamp());
                    await s.SendAsync(pcm, stop).ConfigureAwait(false);
                    Interlocked.Increment(ref s.Sent);
                }
            }
            catch (OperationCanceledException)
            {
                // The window is over.
            }
        }
    }
}
