using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace VoiceLive.Benchmarks
{
    /// <summary>One measured phase: wall time, process CPU time and bytes allocated (all threads).</summary>
    public readonly struct Measurement
    {
        public Measurement(double wallMs, double cpuMs, long allocatedBytes, int events)
        {
            WallMs = wallMs;
            CpuMs = cpuMs;
            AllocatedBytes = allocatedBytes;
            Events = events;
        }

        public double WallMs { get; }

        public double CpuMs { get; }

        public long AllocatedBytes { get; }

        public int Events { get; }

        public double BytesPerEvent => Events == 0 ? 0 : (double)AllocatedBytes / Events;

        public double EventsPerSecond => WallMs <= 0 ? 0 : Events / (WallMs / 1000.0);
    }

    /// <summary>Starts a measurement: process CPU and allocation counters read before and after the phase.</summary>
    public sealed class Meter
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);

        public Measurement Stop(int events)
        {
            double wall = _wall.Elapsed.TotalMilliseconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds;
            return new Measurement(wall, cpu, allocated, events);
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
            Console.WriteLine($"{"run",-22} {"wall ms",10} {"cpu ms",10} {"alloc B/evt",12} {"events/s",12}");
            for (int i = 0; i < a.Count; i++)
            {
                Row($"round {i + 1} A {aName}", a[i]);
                Row($"round {i + 1} B {bName}", b[i]);
            }

            double aw = Median(a.Select(m => m.WallMs)), bw = Median(b.Select(m => m.WallMs));
            double ac = Median(a.Select(m => m.CpuMs)), bc = Median(b.Select(m => m.CpuMs));
            double aa = Median(a.Select(m => m.BytesPerEvent)), ba = Median(b.Select(m => m.BytesPerEvent));
            double ae = Median(a.Select(m => m.EventsPerSecond)), be = Median(b.Select(m => m.EventsPerSecond));
            Console.WriteLine($"{"median A " + aName,-22} {aw,10:F1} {ac,10:F1} {aa,12:F0} {ae,12:F0}");
            Console.WriteLine($"{"median B " + bName,-22} {bw,10:F1} {bc,10:F1} {ba,12:F0} {be,12:F0}");
            Console.WriteLine($"{"ratio B/A",-22} {bw / aw,10:F2} {bc / ac,10:F2} {(aa == 0 ? double.NaN : ba / aa),12:F2} {be / ae,12:F2}");
        }

        private static void Row(string name, Measurement m)
        {
            Console.WriteLine($"{name,-22} {m.WallMs,10:F1} {m.CpuMs,10:F1} {m.BytesPerEvent,12:F0} {m.EventsPerSecond,12:F0}");
        }
    }
}
