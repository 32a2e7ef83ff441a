using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>Sequential connect/close cycles against an out-of-process emulator leave nothing behind.</summary>
    public class CycleTests
    {
        /// <summary>Cycles per run; override with VOICELIVE_CYCLES (the issue asks for 10,000).</summary>
        private static readonly int Cycles = Reliability.IntFromEnvironment("VOICELIVE_CYCLES", 10_000);

        private readonly ITestOutputHelper _output;

        public CycleTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Sequential_connect_close_cycles_do_not_grow_memory_sockets_or_threads()
        {
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync();

            // Warm up: JIT, connection pools, thread-pool growth and buffer pools reach their steady state first.
            for (int i = 0; i < 200; i++)
            {
                await CycleAsync(emulator.Endpoint);
            }

            long heapBefore = Reliability.LiveHeapBytes();
            int fdsBefore = Reliability.OpenFileDescriptors();
            int threadsBefore = Reliability.NonPoolThreadCount();
            int peakFds = fdsBefore;
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < Cycles; i++)
            {
                await CycleAsync(emulator.Endpoint);
                if (i % 500 == 0)
                {
                    peakFds = Math.Max(peakFds, Reliability.OpenFileDescriptors());
                }
            }

            clock.Stop();
            long heapAfter = Reliability.LiveHeapBytes();
            int fdsAfter = Reliability.OpenFileDescriptors();
            int threadsAfter = Reliability.NonPoolThreadCount();
            _output.WriteLine(
                $"{Cycles} cycles in {clock.Elapsed.TotalSeconds:0.0} s ({clock.Elapsed.TotalMilliseconds / Cycles:0.00} ms each); " +
                $"live heap {heapBefore / 1024} KiB -> {heapAfter / 1024} KiB; fds {fdsBefore} -> {fdsAfter} (peak {peakFds}); threads {threadsBefore} -> {threadsAfter}");

            // A leak of even one small object graph per connection (a socket, a buffer, a timer) would exceed these:
            // 10,000 leaked 16 KiB receive buffers are 160 MiB, 10,000 leaked sockets are 10,000 descriptors.
            Assert.True(heapAfter - heapBefore < 4 * 1024 * 1024, $"live heap grew by {(heapAfter - heapBefore) / 1024} KiB over {Cycles} cycles");
            Assert.True(fdsAfter - fdsBefore <= 8, $"open file descriptors grew from {fdsBefore} to {fdsAfter}");
            Assert.True(peakFds - fdsBefore <= 16, $"open file descriptors peaked at {peakFds} (from {fdsBefore})");
            Assert.True(threadsAfter - threadsBefore <= 8, $"threads other than the pool's grew from {threadsBefore} to {threadsAfter}");
        }

        private static async Task CycleAsync(Uri endpoint)
        {
            VoiceLiveConnection connection = await Reliability.ConnectAsync(endpoint);
            ServerEvent? first = await connection.ReceiveAsync();
            if (first is not ServerEventSessionCreated)
            {
                throw new InvalidOperationException("Expected session.created, got " + first?.Type);
            }

            await connection.CloseAsync();
            await connection.DisposeAsync();
            if (connection.CloseStatus != System.Net.WebSockets.WebSocketCloseStatus.NormalClosure)
            {
                throw new InvalidOperationException("The close handshake did not complete: " + connection.CloseStatus);
            }
        }
    }
}
