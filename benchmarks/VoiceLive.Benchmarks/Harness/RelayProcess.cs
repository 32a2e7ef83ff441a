using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// The BrowserAssistant sample's relay (samples/BrowserAssistant) in its own process, pointed at an emulator as if
    /// it were the service, so its CPU and memory are measured apart from the clients' and the emulator's.
    /// </summary>
    public sealed class RelayProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private RelayProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        /// <summary>http://127.0.0.1:port</summary>
        public Uri BaseAddress { get; }

        public Uri RelayUri => new Uri($"ws://{BaseAddress.Authority}/relay");

        public string Origin => $"http://{BaseAddress.Authority}";

        public static async Task<RelayProcess> StartAsync(Uri voiceLiveEndpoint, int maxSessions)
        {
            string dll = BuildOutput.Find(Path.Combine("samples", "BrowserAssistant"), "BrowserAssistant.dll");
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(dll);
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add("http://127.0.0.1:0");
            info.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
            info.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
            info.ArgumentList.Add($"--BrowserAssistant:MaxSessions={maxSessions}");
            info.Environment["AZURE_VOICELIVE_ENDPOINT"] = voiceLiveEndpoint.ToString();
            info.Environment["AZURE_VOICELIVE_API_KEY"] = "benchmark";
            (Process process, Uri address) = await ListeningProcess.StartAsync(info, "relay", "Now listening on: ").ConfigureAwait(false);
            return new RelayProcess(process, address);
        }

        /// <summary>CPU time the relay process has used so far.</summary>
        public TimeSpan CpuTime
        {
            get
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
        }

        /// <summary>The relay process's resident memory now.</summary>
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
    }
}
