using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using VoiceLive.Emulator;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>
    /// The emulator in its own process (the <c>voicelive-emulator</c> tool: <c>dotnet VoiceLive.Emulator.Tool.dll --port 0</c>), so that memory, thread and socket
    /// measurements of this process are about the client alone: the in-process emulator keeps every connection's record.
    /// </summary>
    internal sealed class ExternalEmulator : IAsyncDisposable
    {
        private readonly Process _process;

        private ExternalEmulator(Process process, Uri endpoint)
        {
            _process = process;
            Endpoint = endpoint;
        }

        public Uri Endpoint { get; }

        public static async Task<ExternalEmulator> StartAsync()
        {
            // The referenced tool project is copied beside the tests, with its runtimeconfig.
            string dll = System.IO.Path.Combine(AppContext.BaseDirectory, "VoiceLive.Emulator.Tool.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add("0");
            start.ArgumentList.Add("--pacing");
            start.ArgumentList.Add("fast");
            Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator process.");
            _ = process.StandardError.ReadToEndAsync();
            var endpointLine = new Regex(@"(http://127\.0\.0\.1:\d+/?)");
            Task<Uri> found = Task.Run(async () =>
            {
                while (true)
                {
                    string? line = await process.StandardOutput.ReadLineAsync();
                    if (line is null)
                    {
                        throw new InvalidOperationException("The emulator process exited before printing its endpoint.");
                    }

                    Match match = endpointLine.Match(line);
                    if (match.Success)
                    {
                        return new Uri(match.Groups[1].Value);
                    }
                }
            });
            Uri endpoint;
            try
            {
                endpoint = await found.OrTimeout("emulator process start", TimeSpan.FromSeconds(30));
            }
            catch
            {
                process.Kill();
                process.Dispose();
                throw;
            }

            // Keep draining stdout so the child never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            return new ExternalEmulator(process, endpoint);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
