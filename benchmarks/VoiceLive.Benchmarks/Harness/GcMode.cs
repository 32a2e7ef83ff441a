using System.Runtime;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// Names the garbage collector's mode, printed with every harness's figures: the working set per session depends
    /// on it more than on anything the library does (the GC's allocation budget is memory it keeps committed).
    /// </summary>
    public static class GcMode
    {
        /// <summary>For example "workstation, concurrent"; set with DOTNET_gcServer / DOTNET_gcConcurrent.</summary>
        public static string Describe()
        {
            string flavour = GCSettings.IsServerGC ? "server" : "workstation";

            // Concurrent (background) GC is the only thing that makes Interactive the default latency mode.
            string concurrency = GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent";
            return $"{flavour}, {concurrency}";
        }
    }
}
