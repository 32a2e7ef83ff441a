using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>One connection dropped and resumed over and over leaves nothing behind (sockets, buffers, timers, threads).</summary>
    public class ResumptionSoakTests
    {
        /// <summary>Drop/resume cycles per run; override with VOICELIVE_RESUME_CYCLES (the issue asks for 1,000).</summary>
        private static readonly int Cycles = Reliability.IntFromEnvironment("VOICELIVE_RESUME_CYCLES", 1_000);

        private readonly ITestOutputHelper _output;

        public ResumptionSoakTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Drop_resume_cycles_do_not_grow_memory_descriptors_or_threads()
        {
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync();

            // Every session the emulator opens closes with 1012 (service restart) right after session.created, so the
            // one connection is dropped and resumed again and again, each time replaying the same configuration.
            var query = new Dictionary<string, string>
            {
                ["emulator-fault"] = "close",
                ["emulator-fault-at"] = "connect",
                ["emulator-close-code"] = "1012",
            };
            await using VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, query, o =>
            {
                o.Reconnection.Enabled = true;
                o.Reconnection.InitialDelay = TimeSpan.Zero;
            });
            // Sent once; every new session gets it again as the replayed configuration. (The conversation's replay is
            // checked in the integration tests: here every session closes before it could acknowledge an item.)
            await connection.Session.UpdateAsync(new RequestSession { Instructions = "Replayed to every new session." });

            int resumes = 0;
            int interruptions = 0;
            ConnectionResumedEvent? last = null;
            async Task RunCyclesAsync(int count)
            {
                int target = resumes + count;
                while (resumes < target)
                {
                    ServerEvent? evt = await connection.ReceiveAsync().AsTask().OrTimeout("the next event of the drop/resume cycle");
                    switch (evt)
                    {
                        case null:
                            throw new InvalidOperationException("The stream ended.");
                        case ConnectionInterruptedEvent interrupted:
                            Assert.Equal(1012, interrupted.CloseStatus);
                            interruptions++;
                            break;
                        case ConnectionResumedEvent resumed:
                            Assert.Equal(1, resumed.Attempts);
                            last = resumed;
                            resumes++;
                            break;
                        case ServerEventError error:
                            throw new InvalidOperationException("The service reported an error: " + error.Error?.Message);
                    }
                }
            }

            // Warm up: JIT, pools and the thread pool reach their steady state first.
            await RunCyclesAsync(50);
            long heapBefore = Reliability.LiveHeapBytes();
            int fdsBefore = Reliability.OpenFileDescriptors();
            int threadsBefore = Reliability.NonPoolThreadCount();
            int peakFds = fdsBefore;
            var clock = Stopwatch.StartNew();
            for (int done = 0; done < Cycles; done += 50)
            {
                await RunCyclesAsync(Math.Min(50, Cycles - done));
                peakFds = Math.Max(peakFds, Reliability.OpenFileDescriptors());
            }

            clock.Stop();
            long heapAfter = Reliability.LiveHeapBytes();
            int fdsAfter = Reliability.OpenFileDescriptors();
            int threadsAfter = Reliability.NonPoolThreadCount();
            _output.WriteLine(
                $"{Cycles} drop/resume cycles in {clock.Elapsed.TotalSeconds:0.0} s ({clock.Elapsed.TotalMilliseconds / Cycles:0.00} ms each); " +
                $"live heap {heapBefore / 1024} KiB -> {heapAfter / 1024} KiB; fds {fdsBefore} -> {fdsAfter} (peak {peakFds}); threads {threadsBefore} -> {threadsAfter}");

            Assert.Equal(resumes, interruptions);
            Assert.NotNull(last);

            // One leaked socket, receive buffer or timer per cycle would exceed these over the run.
            Assert.True(heapAfter - heapBefore < 4 * 1024 * 1024, $"live heap grew by {(heapAfter - heapBefore) / 1024} KiB over {Cycles} cycles");
            Assert.True(fdsAfter - fdsBefore <= 8, $"open file descriptors grew from {fdsBefore} to {fdsAfter}");
            Assert.True(peakFds - fdsBefore <= 16, $"open file descriptors peaked at {peakFds} (from {fdsBefore})");
            Assert.True(threadsAfter - threadsBefore <= 8, $"threads other than the pool's grew from {threadsBefore} to {threadsAfter}");
        }
    }
}
