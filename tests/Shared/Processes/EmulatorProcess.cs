using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

// Shared by the reliability tests and the benchmarks (each links tests/Shared/Processes in its project file).
namespace VoiceLive
{
    /// <summary>
    /// The emulator in its own process (the <c>voicelive-emulator</c> tool: <c>dotnet VoiceLive.Emulator.Tool.dll --port 0
    /// --pacing fast</c>), so that what this process measures (CPU, allocations, memory, threads, sockets) is the
    /// client's alone: the in-process emulator keeps every connection's record.
    /// </summary>
    internal sealed class EmulatorProcess : IAsyncDisposable
    {
        private const string ToolDll = "VoiceLive.Emulator.Tool.dll";

        private readonly Process _process;

        private EmulatorProcess(Process process, Uri endpoint)
        {
            _process = process;
            Endpoint = endpoint;
        }

        /// <summary>The emulator's HTTP endpoint (pass it to the client as the service endpoint).</summary>
        public Uri Endpoint { get; }

        /// <summary>The emulator process's id.</summary>
        public int ProcessId => _process.Id;

        /// <summary>CPU time the emulator process has used so far (for the record: it is not the client's).</summary>
        public TimeSpan CpuTime
        {
            get
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
        }

        /// <summary>The emulator process's working set now.</summary>
        public long WorkingSet
        {
            get
            {
                _process.Refresh();
                return _process.WorkingSet64;
            }
        }

        /// <summary>Starts the emulator and waits for it to report its endpoint.</summary>
        public static async Task<EmulatorProcess> StartAsync()
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(FindToolDll());
            info.ArgumentList.Add("--port");
            info.ArgumentList.Add("0");
            info.ArgumentList.Add("--pacing");
            info.ArgumentList.Add("fast");

            // Workstation GC and warnings only: the emulator stays small and quiet beside the process being measured.
            info.Environment["DOTNET_gcServer"] = "0";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            (Process process, Uri endpoint) = await ListeningProcess.StartAsync(info, "emulator", "listening on ").ConfigureAwait(false);
            return new EmulatorProcess(process, endpoint);
        }

        /// <summary>Kills the emulator process (and anything it started) and waits for it to end.</summary>
        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }

            _process.Dispose();
        }

        /// <summary>
        /// The tool beside this assembly (a test project that references the tool gets it copied, with its
        /// runtimeconfig), else the tool's own build output in the same configuration and target framework (the
        /// benchmarks build it without copying it).
        /// </summary>
        private static string FindToolDll()
        {
            string baseDir = AppContext.BaseDirectory;
            string beside = Path.Combine(baseDir, ToolDll);
            if (File.Exists(beside))
            {
                return beside;
            }

            string configuration = baseDir.Replace('\\', '/').Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            var dir = new DirectoryInfo(baseDir);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                throw new InvalidOperationException($"Cannot find {ToolDll} beside {baseDir}, nor the repository root (VoiceLive.sln) above it.");
            }

            string tfm = new DirectoryInfo(baseDir.TrimEnd('/', '\\')).Name;
            string dll = Path.Combine(dir.FullName, "src", "VoiceLive.Emulator.Tool", "bin", configuration, tfm, ToolDll);
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"The emulator is not built at {dll}; build the solution in {configuration} first.");
            }

            return dll;
        }
    }
}
