using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace VoiceLive.Benchmarks
{
    /// <summary>One measured phase: wall time, process CPU time and bytes allocated (all threads).</summary>
    public readonly struct Measurement
    {
        public Measurement(double wallMs, double cpuMs, long allocatedBytes, int events, double userCpuMs = double.NaN, double kernelCpuMs = double.NaN, int gen0Collections = 0)
        {
            Gen0Collections = gen0Collections;
            WallMs = wallMs;
            CpuMs = cpuMs;
            UserCpuMs = userCpuMs;
            KernelCpuMs = kernelCpuMs;
            AllocatedBytes = allocatedBytes;
            Events = events;
        }

        public double WallMs { get; }

        public double CpuMs { get; }

        /// <summary>Garbage collections (of any generation) during the phase.</summary>
        public int Gen0Collections { get; }

        /// <summary>The user-mode part of <see cref="CpuMs"/> (the process's own code: parsing, copying, allocation).</summary>
        public double UserCpuMs { get; }

        /// <summary>The kernel part of <see cref="CpuMs"/> (socket reads and writes, page faults).</summary>
        public double KernelCpuMs { get; }

        public long AllocatedBytes { get; }

        public int Events { get; }

        public double BytesPerEvent => Events == 0 ? 0 : (double)AllocatedBytes / Events;

        public double EventsPerSecond => WallMs <= 0 ? 0 : Events / (WallMs / 1000.0);
    }

    /// <summary>Starts a measurement: process CPU and allocation counters read before and after the phase.</summary>
    public sealed class Meter
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly TimeSpan _cpu;
        private readonly TimeSpan _user;
        private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
        private readonly int _collections = GC.CollectionCount(0);

        public Meter()
        {
            _cpu = _process.TotalProcessorTime;
            _user = _process.UserProcessorTime;
        }

        public Measurement Stop(int events)
        {
            double wall = _wall.Elapsed.TotalMilliseconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
            _process.Refresh();
            double cpu = (_process.TotalProcessorTime - _cpu).TotalMilliseconds;
            double user = (_process.UserProcessorTime - _user).TotalMilliseconds;
            return new Measurement(wall, cpu, allocated, events, user, cpu - user, GC.CollectionCount(0) - _collections);
        }
    }

    public static class Stats
    {
        public static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            int mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        public static double Percentile(double[] sorted, double p)
        {
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            int index = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }

        /// <summary>Prints the per-round rows and the medians of A and B with the ratio B/A.</summary>
        public static void PrintAb(string title, List<Measurement> a, List<Measurement> b, string aName, string bName)
        {
            Console.WriteLine();
            Console.WriteLine(title);
            Console.WriteLine($"{"run",-22} {"wall ms",10} {"cpu ms",10} {"user ms",10} {"kernel ms",10} {"alloc B/evt",12} {"events/s",12}");
            for (int i = 0; i < a.Count; i++)
            {
                Row($"round {i + 1} A {aName}", a[i]);
                Row($"round {i + 1} B {bName}", b[i]);
            }

            double aw = Median(a.Select(m => m.WallMs)), bw = Median(b.Select(m => m.WallMs));
            double ac = Median(a.Select(m => m.CpuMs)), bc = Median(b.Select(m => m.CpuMs));
            double aa = Median(a.Select(m => m.BytesPerEvent)), ba = Median(b.Select(m => m.BytesPerEvent));
            double au = Median(a.Select(m => m.UserCpuMs)), bu = Median(b.Select(m => m.UserCpuMs));
            double ak = Median(a.Select(m => m.KernelCpuMs)), bk = Median(b.Select(m => m.KernelCpuMs));
            double ae = Median(a.Select(m => m.EventsPerSecond)), be = Median(b.Select(m => m.EventsPerSecond));
            Console.WriteLine($"{"median A " + aName,-22} {aw,10:F1} {ac,10:F1} {au,10:F1} {ak,10:F1} {aa,12:F0} {ae,12:F0}");
            Console.WriteLine($"{"median B " + bName,-22} {bw,10:F1} {bc,10:F1} {bu,10:F1} {bk,10:F1} {ba,12:F0} {be,12:F0}");
            string allocRatio = aa < 1 ? "n/a" : (ba / aa).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"{"ratio B/A",-22} {bw / aw,10:F2} {bc / ac,10:F2} {bu / au,10:F2} {bk / ak,10:F2} {allocRatio,12} {be / ae,12:F2}");

            // Each round runs A and B back to back, so their ratio shares that moment's load; the median of those
            // per-round ratios is less sensitive to a noisy round than the ratio of the two medians.
            double roundRatio = Median(a.Zip(b, (x, y) => y.CpuMs / x.CpuMs));
            Console.WriteLine($"median of per-round CPU ratios B/A: {roundRatio:F2}");
        }

        private static void Row(string name, Measurement m)
        {
            Console.WriteLine($"{name,-22} {m.WallMs,10:F1} {m.CpuMs,10:F1} {m.UserCpuMs,10:F1} {m.KernelCpuMs,10:F1} {m.BytesPerEvent,12:F0} {m.EventsPerSecond,12:F0}");
        }
    }
}
