using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>One pass of one client as its process printed it.</summary>
    public sealed record PeerRun(string Mode, double CpuMs, double WallMs, long AllocatedBytes, int Events);

    /// <summary>How to start one peers-harness client as its own process, and reading its <c>peer-run</c> lines.</summary>
    public sealed class PeerProcess
    {
        private readonly string _fileName;
        private readonly string[] _arguments;
        private readonly string? _workingDirectory;

        private PeerProcess(string name, string fileName, string[] arguments, string? workingDirectory = null)
        {
            Name = name;
            _fileName = fileName;
            _arguments = arguments;
            _workingDirectory = workingDirectory;
        }

        public string Name { get; }

        /// <summary>A .NET client: this harness's own assembly with <c>peer-client</c>.</summary>
        public static PeerProcess DotNet(string client) =>
            new PeerProcess(client, "dotnet", new[] { typeof(PeerProcess).Assembly.Location, "peer-client", client });

        /// <summary>
        /// The JavaScript client when node is on the machine and <c>@azure/ai-voicelive</c> is installed in
        /// benchmarks/peers-js (installed there by <c>npm install</c> when <paramref name="install"/>); else null, with why.
        /// </summary>
        public static PeerProcess? JavaScript(bool install, out string? skipped)
        {
            string folder = Path.Combine(RepositoryRoot(), "benchmarks", "peers-js");
            string? version = Capture("node", new[] { "--version" }, folder, TimeSpan.FromSeconds(20));
            if (version is null)
            {
                skipped = "node is not on this machine";
                return null;
            }

            if (!Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "ai-voicelive")))
            {
                if (!install)
                {
                    skipped = $"@azure/ai-voicelive is not installed; run npm install in benchmarks/peers-js (node {version.Trim()})";
                    return null;
                }

                Console.WriteLine("installing @azure/ai-voicelive into benchmarks/peers-js (npm install)");
                if (Capture("npm", new[] { "install", "--no-audit", "--no-fund" }, folder, TimeSpan.FromMinutes(5)) is null
                    || !Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "ai-voicelive")))
                {
                    skipped = "npm install of @azure/ai-voicelive failed (npm missing or the registry unreachable)";
                    return null;
                }
            }

            skipped = null;
            Console.WriteLine($"js-azure-ai-voicelive: node {version.Trim()}, package {InstalledVersion(folder)}");
            return new PeerProcess("js-azure-ai-voicelive", "node", new[] { "peer.mjs" }, folder);
        }

        /// <summary>
        /// Runs the client's process to its end against the firehose and returns its cold pass and its steady figure
        /// (the median of its <paramref name="steadyPasses"/> steady passes).
        /// </summary>
        public async Task<(PeerRun Cold, PeerRun Steady)> RunAsync(Uri endpoint, int count, int steadyPasses, int timeoutSeconds, bool send = false)
        {
            var info = new ProcessStartInfo(_fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = _workingDirectory ?? Environment.CurrentDirectory,
            };
            foreach (string argument in _arguments)
            {
                info.ArgumentList.Add(argument);
            }

            info.ArgumentList.Add(endpoint.ToString());
            info.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add((send ? SendHarness.PeerChunkBytes : ReceiveHarness.PeerChunkBytes).ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add(steadyPasses.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add(send ? "send" : "receive");
            using Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Name}.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Name} did not finish within {timeoutSeconds} s.");
            }

            string text = await output.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}{text}");
            }

            var runs = new List<PeerRun>();
            foreach (string line in text.Split('\n'))
            {
                if (line.StartsWith("peer-run ", StringComparison.Ordinal))
                {
                    runs.Add(Parse(line.Trim()));
                }
            }

            if (runs.Count != 1 + steadyPasses || runs[0].Mode != "cold")
            {
                throw new InvalidOperationException($"{Name} printed {runs.Count} peer-run lines instead of a cold one and {steadyPasses} steady: {text}");
            }

            List<PeerRun> steady = runs.GetRange(1, steadyPasses);
            var median = new PeerRun(
                "steady",
                Stats.Median(steady.ConvertAll(r => r.CpuMs)),
                Stats.Median(steady.ConvertAll(r => r.WallMs)),
                (long)Stats.Median(steady.ConvertAll(r => (double)r.AllocatedBytes)),
                steady[0].Events);
            return (runs[0], median);
        }

        private static PeerRun Parse(string line)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    fields[part.Substring(0, equals)] = part.Substring(equals + 1);
                }
            }

            return new PeerRun(
                fields["mode"],
                double.Parse(fields["cpu_ms"], CultureInfo.InvariantCulture),
                double.Parse(fields["wall_ms"], CultureInfo.InvariantCulture),
                long.Parse(fields["alloc_bytes"], CultureInfo.InvariantCulture),
                int.Parse(fields["events"], CultureInfo.InvariantCulture));
        }

        /// <summary>Runs a short command and returns its output, or null when it cannot start, fails or times out.</summary>
        private static string? Capture(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout)
        {
            var info = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            try
            {
                using Process? process = Process.Start(info);
                if (process is null)
                {
                    return null;
                }

                Task<string> output = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(timeout))
                {
                    process.Kill(entireProcessTree: true);
                    return null;
                }

                return process.ExitCode == 0 ? output.Result : null;
            }
            catch (Win32Exception)
            {
                return null;
            }
        }

        private static string InstalledVersion(string folder)
        {
            string manifest = Path.Combine(folder, "node_modules", "@azure", "ai-voicelive", "package.json");
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
            return "@azure/ai-voicelive " + document.RootElement.GetProperty("version").GetString();
        }

        private static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (VoiceLive.sln) above " + AppContext.BaseDirectory);
        }
    }
}
