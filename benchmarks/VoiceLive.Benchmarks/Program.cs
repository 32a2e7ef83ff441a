using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// Entry point: <c>micro</c> (BenchmarkDotNet), <c>receive</c>, <c>send</c>, <c>scale</c>, <c>relay</c>, <c>phone</c>, <c>peers</c> (end-to-end harnesses against
    /// the emulator in a separate process), <c>resampler</c> (quality and throughput per rate pair). <c>--quick</c> runs a small, threshold-free version for CI.
    /// </summary>
    public static class Program
    {
        private const string Usage = """
            dotnet run -c Release --project benchmarks/VoiceLive.Benchmarks -- <command> [options]
              micro [BenchmarkDotNet args]         parse/write micro-benchmarks (e.g. --filter '*')
              receive [--quick] [--rounds N] [--count N]
              send    [--quick] [--rounds N] [--count N]
              scale   [--quick] [--sessions N[,N...]] [--seconds S]
              scale --knee [--quick] [--sessions N,N...] [--seconds S]   step real-time sessions to the knee (p99 > 50 ms or CPU saturation)
              relay   [--quick] [--sessions N] [--seconds S]   BrowserAssistant relay hop (default 200 sessions)
              resampler [--quick] [--seconds S]    SNR, stop band and throughput of every rate pair (and NAudio's)
              phone   [--quick] [--sessions N]     N concurrent PhoneBridge calls: CPU and memory per call
              peers   [--quick] [--rounds N] [--count N] [--clients a,b]   receive firehose and sends: floor, raw loop, VoiceLive, OpenAI .NET, @azure/ai-voicelive (node)
              quick                                every harness in quick mode (used by .ci/run)
            """;

        public static async Task<int> Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.WriteLine(Usage);
                return 2;
            }

            string[] rest = args.Skip(1).ToArray();
            var options = HarnessOptions.Parse(rest);
            switch (args[0])
            {
                case "micro":
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? new[] { "--filter", "*" } : rest);
                    return 0;
                case "receive":
                    return await ReceiveHarness.RunAsync(options).ConfigureAwait(false);
                case "send":
                    return await SendHarness.RunAsync(options).ConfigureAwait(false);
                case "scale":
                    return options.Knee
                        ? await ScaleKneeHarness.RunAsync(options).ConfigureAwait(false)
                        : await ScaleHarness.RunAsync(options).ConfigureAwait(false);
                case "relay":
                    return await RelayHarness.RunAsync(options).ConfigureAwait(false);
                case "resampler":
                    return ResamplerHarness.Run(options);
                case "phone":
                    return await PhoneHarness.RunAsync(options).ConfigureAwait(false);
                case "peers":
                    return await PeersHarness.RunAsync(options).ConfigureAwait(false);
                case "peer-client":
                    // One client of the peers harness, started by it in its own process.
                    return await PeerClient.RunAsync(rest).ConfigureAwait(false);
                case "quick":
                    var quick = HarnessOptions.Parse(new[] { "--quick" });
                    int failures = 0;
                    failures += await ReceiveHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += await SendHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += await ScaleHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += await ScaleKneeHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += await RelayHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += ResamplerHarness.Run(quick);
                    failures += await PhoneHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += await PeersHarness.RunAsync(quick).ConfigureAwait(false);
                    failures += MicroSmoke.Run();
                    Console.WriteLine(failures == 0 ? "benchmarks quick mode: ok" : "benchmarks quick mode: FAILED");
                    return failures == 0 ? 0 : 1;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
    }
}
