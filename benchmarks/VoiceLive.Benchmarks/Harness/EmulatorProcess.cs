using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// The emulator in its own process (so its CPU and allocations never count as the client's), started from the
    /// build output next to this harness's configuration.
    /// </summary>
    public sealed class EmulatorProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private EmulatorProcess(Process process, Uri endpoint)
        {
            _process = process;
            Endpoint = endpoint;
        }

        public Uri Endpoint { get; }

        public int ProcessId => _process.Id;

        public static async Task<EmulatorProcess> StartAsync()
        {
            string dll = FindEmulatorDll();
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(dll);
            info.ArgumentList.Add("--port");
            info.ArgumentList.Add("0");
            info.ArgumentList.Add("--pacing");
            info.ArgumentList.Add("fast");
            info.Environment["DOTNET_gcServer"] = "0";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            (Process process, Uri endpoint) = await ListeningProcess.StartAsync(info, "emulator", "listening on ").ConfigureAwait(false);
            return new EmulatorProcess(process, endpoint);
        }

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

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }

            _process.Dispose();
        }

        private static string FindEmulatorDll()
        {
            string baseDir = AppContext.BaseDirectory;
            string configuration = baseDir.Replace('\\', '/').Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            var dir = new DirectoryInfo(baseDir);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                throw new InvalidOperationException("Cannot find the repository root (VoiceLive.sln) above " + baseDir);
            }

            string tfm = new DirectoryInfo(baseDir.TrimEnd('/', '\\')).Name;
            string dll = Path.Combine(dir.FullName, "src", "VoiceLive.Emulator.Tool", "bin", configuration, tfm, "VoiceLive.Emulator.Tool.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"The emulator is not built at {dll}; build the solution in {configuration} first.");
            }

            return dll;
        }
    }
}
