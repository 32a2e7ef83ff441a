using System;
using System.Diagnostics;
using System.Threading.Tasks;

// Shared by the reliability tests and the benchmarks (each links tests/Shared/Processes in its project file). Root
// namespace, as TestTimeouts, so both see it unasked.
namespace VoiceLive
{
    /// <summary>Starts a server as a child process and waits for the line that says where it listens.</summary>
    internal static class ListeningProcess
    {
        /// <summary>How long a child may take to report its address: a cold start on a loaded 2-core machine is slow.</summary>
        public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Starts <paramref name="info"/> (stdout and stderr redirected), echoes its stderr prefixed with
        /// <paramref name="name"/>, and returns the process with the address that follows <paramref name="marker"/> on
        /// stdout. Stdout is drained afterwards so the child never blocks on a full pipe. A child that exits or stays
        /// silent for <see cref="StartTimeout"/> fails the start loudly and is killed.
        /// </summary>
        public static async Task<(Process Process, Uri Address)> StartAsync(ProcessStartInfo info, string name, string marker)
        {
            Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the {name}.");
            try
            {
                process.ErrorDataReceived += (_, e) =>
                {
                    if (e.Data is not null)
                    {
                        Console.Error.WriteLine($"[{name}] " + e.Data);
                    }
                };
                process.BeginErrorReadLine();
                Uri address = await ReadAddressAsync(process, name, marker).ConfigureAwait(false);
                _ = Task.Run(async () =>
                {
                    while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is not null)
                    {
                    }
                });
                return (process, address);
            }
            catch
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
                throw;
            }
        }

        private static async Task<Uri> ReadAddressAsync(Process process, string name, string marker)
        {
            var timeout = Task.Delay(StartTimeout);
            while (true)
            {
                Task<string?> line = process.StandardOutput.ReadLineAsync();
                if (await Task.WhenAny(line, timeout).ConfigureAwait(false) == timeout)
                {
                    throw new TimeoutException($"The {name} did not report its address within {StartTimeout.TotalSeconds:0} s.");
                }

                string text = await line.ConfigureAwait(false) ?? throw new InvalidOperationException($"The {name} exited before listening.");
                int at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return new Uri(text[(at + marker.Length)..].Trim());
                }
            }
        }
    }
}
