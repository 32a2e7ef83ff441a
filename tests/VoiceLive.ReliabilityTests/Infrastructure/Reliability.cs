using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Emulator;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>Shared helpers: connecting to an emulator and measuring the process.</summary>
    internal static class Reliability
    {
        /// <summary>Every wait fails loudly after this long.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

        public const string Model = "gpt-realtime";

        public static Task<VoiceLiveEmulator> StartEmulatorAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
        {
            var options = new VoiceLiveEmulatorOptions { Port = 0, AudioPacing = EmulatorAudioPacing.AsFastAsPossible };
            configure?.Invoke(options);
            return VoiceLiveEmulator.StartAsync(options);
        }

        public static VoiceLiveClientOptions Options(IDictionary<string, string>? query = null, Action<VoiceLiveClientOptions>? configure = null)
        {
            var options = new VoiceLiveClientOptions { ConnectTimeout = Timeout, CloseTimeout = TimeSpan.FromSeconds(5) };
            if (query is not null)
            {
                foreach (KeyValuePair<string, string> pair in query)
                {
                    options.AdditionalQueryParameters[pair.Key] = pair.Value;
                }
            }

            configure?.Invoke(options);
            return options;
        }

        public static Task<VoiceLiveConnection> ConnectAsync(Uri endpoint, IDictionary<string, string>? query = null, Action<VoiceLiveClientOptions>? configure = null, CancellationToken cancellationToken = default)
            => VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential("test-key"), Model, Options(query, configure), cancellationToken);

        /// <summary>The managed heap after a full, compacting collection: what is really still referenced.</summary>
        public static long LiveHeapBytes()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return GC.GetTotalMemory(forceFullCollection: false);
        }

        /// <summary>
        /// The largest buffer TCP autotuning may give a socket (<c>tcp_rmem</c> or <c>tcp_wmem</c>, Linux); 64 MB where
        /// that is not readable. Their sum bounds what the loopback path can hold while a peer does not read.
        /// </summary>
        public static long KernelBufferMax(string name)
        {
            string path = "/proc/sys/net/ipv4/" + name;
            if (File.Exists(path))
            {
                string[] fields = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
            }

            return 64L << 20;
        }

        /// <summary>Open file descriptors of this process (sockets included); -1 where /proc is not available.</summary>
        public static int OpenFileDescriptors()
            => Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : -1;

        public static int ThreadCount()
        {
            using Process self = Process.GetCurrentProcess();
            return self.Threads.Count;
        }

        /// <summary>
        /// Threads of the process that are not thread-pool workers. The pool adds workers when the machine is busy
        /// (its starvation heuristic) and retires them later, so its size says nothing about a leak; a thread leaked
        /// per connection (a dedicated reader or timer thread) is counted here.
        /// </summary>
        public static int NonPoolThreadCount() => ThreadCount() - ThreadPool.ThreadCount;

        public static int IntFromEnvironment(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;
    }
}
