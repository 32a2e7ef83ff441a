using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using VoiceLive.Samples.PhoneBridge;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// N concurrent phone calls through the PhoneBridge sample (μ-law pass-through and PCM16 resampling), each a
    /// scripted Twilio-protocol caller that speaks a sentence in 20 ms frames at real-time pace and waits for the
    /// whole reply, against the emulator in a separate process. Reports this process's CPU time per call (bridge and
    /// callers; the callers' share is small: JSON and base64 of 20 ms frames), allocation per call, and the managed heap
    /// and working set per open call at the point where every call has heard its reply. Quick mode: 5 calls, no pacing.
    /// </summary>
    public static class PhoneHarness
    {
        private const string Sentence = "I would like to check the status of my order please.";

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int calls = options.Sessions?.FirstOrDefault() ?? (options.Quick ? 5 : 100);
            int failures = 0;
            foreach (PhoneAudioMode mode in new[] { PhoneAudioMode.MuLawPassThrough, PhoneAudioMode.Pcm16Resampling })
            {
                failures += await RunOneAsync(calls, mode, realTime: !options.Quick).ConfigureAwait(false);
            }

            return failures;
        }

        private static async Task<int> RunOneAsync(int calls, PhoneAudioMode mode, bool realTime)
        {
            Console.WriteLine();
            Console.WriteLine($"phone harness: {calls} concurrent calls, {mode}, caller speech {(realTime ? "paced in real time" : "unpaced")}, emulator in a separate process, GC {GcMode.Describe()}");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            await using PhoneBridgeServer bridge = await PhoneBridgeServer.StartAsync(
                new PhoneBridgeOptions { Mode = mode, Port = 0, ConnectAsync = VoiceLive.Samples.PhoneBridge.Program.EmulatorConnector(emulator.Endpoint) },
                LogLevel.Warning).ConfigureAwait(false);
            string reply = $"You said: \"{Sentence}\".";
            int replyBytes = EmulatorSpeech.GetDurationMs(reply) * 8;
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(realTime ? 120 : 60));

            GC.Collect();
            GC.WaitForPendingFinalizers();
            long heapBefore = GC.GetTotalMemory(true);
            long workingSetBefore = Environment.WorkingSet;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();

            SimulatedCaller[] callers = await Task.WhenAll(Enumerable.Range(0, calls).Select(i =>
                SimulatedCaller.CallAsync(bridge.MediaStreamUri, "MZ" + i.ToString("D6", CultureInfo.InvariantCulture), limit.Token))).ConfigureAwait(false);
            int failures = 0;
            try
            {
                await Task.WhenAll(callers.Select(async caller =>
                {
                    await caller.SayAsync(Sentence, realTime, limit.Token).ConfigureAwait(false);
                    await caller.WaitUntilHeardBytesAsync(replyBytes, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
                })).ConfigureAwait(false);

                long heapOpen = GC.GetTotalMemory(false);
                long workingSetOpen = Environment.WorkingSet;
                int wrong = callers.Count(c => c.TranscribeHeard() != reply);
                failures += wrong == 0 ? 0 : 1;
                await Task.WhenAll(callers.Select(c => c.HangUpAsync(limit.Token))).ConfigureAwait(false);
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                double wall = clock.Elapsed.TotalSeconds;
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {calls} calls in {wall:F1} s, {calls - wrong} heard the right reply; CPU {cpu.TotalMilliseconds / calls:F1} ms per call ({cpu.TotalSeconds / wall * 100 / Environment.ProcessorCount:F1} % of {Environment.ProcessorCount} cores)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  per open call: managed heap {(heapOpen - heapBefore) / 1024.0 / calls:F0} KiB, working set {(workingSetOpen - workingSetBefore) / 1024.0 / calls:F0} KiB; allocated {allocated / 1024.0 / calls:F0} KiB per call"));
                Console.WriteLine($"  emulator process CPU (not the bridge's): {emulator.CpuTime.TotalSeconds:F1} s");
            }
            finally
            {
                foreach (SimulatedCaller caller in callers)
                {
                    await caller.DisposeAsync().ConfigureAwait(false);
                }
            }

            return failures;
        }
    }
}
