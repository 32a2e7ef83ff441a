using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>Starts a server as a child process and waits for the line that says where it listens.</summary>
    internal static class ListeningProcess
    {
        /// <summary>
        /// Starts <paramref name="info"/> (stdout and stderr redirected), echoes its stderr prefixed with
        /// <paramref name="name"/>, and returns the process with the address that follows <paramref name="marker"/> on
        /// stdout. Stdout is drained afterwards so the child never blocks on a full pipe.
        /// </summary>
        public static async Task<(Process Process, Uri Address)> StartAsync(ProcessStartInfo info, string name, string marker)
        {
            Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the {name}.");
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Console.Error.WriteLine($"[{name}] " + e.Data);
                }
            };
            process.BeginErrorReadLine();
            var timeout = Task.Delay(TimeSpan.FromSeconds(60));
            while (true)
            {
                Task<string?> line = process.StandardOutput.ReadLineAsync();
                if (await Task.WhenAny(line, timeout).ConfigureAwait(false) == timeout)
                {
                    process.Kill();
                    throw new TimeoutException($"The {name} did not report its address.");
                }

                string? text = await line.ConfigureAwait(false);
                if (text is null)
                {
                    throw new InvalidOperationException($"The {name} exited before listening.");
                }

                int at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var address = new Uri(text.Substring(at + marker.Length).Trim());
                    _ = Task.Run(async () =>
                    {
                        while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is not null)
                        {
                        }
                    });
                    return (process, address);
                }
            }
        }
    }
}
