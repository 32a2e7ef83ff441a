using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator.Tool
{
    /// <summary>The <c>voicelive-emulator</c> tool: <c>voicelive-emulator --port 8765</c>, or <c>dotnet run --project src/VoiceLive.Emulator.Tool -- --port 8765</c>.</summary>
    internal static class Program
    {
        private const string Usage = """
            VoiceLive emulator: a local Voice Live server on 127.0.0.1.

            Options:
              --port <n>        TCP port (default 8765; 0 picks a free port)
              --api-key <key>   accept only this api-key header (default: any credential)
              --token <token>   accept only this bearer token (default: any credential)
              --pacing <mode>   realtime (default) or fast
              --chunk-ms <n>    milliseconds of audio per response.audio.delta (default 100)
              --help            show this text
            """;

        public static async Task<int> Main(string[] args)
        {
            var options = new VoiceLiveEmulatorOptions { Port = 8765 };
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
                    switch (args[i])
                    {
                        case "--port":
                            options.Port = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                            break;
                        case "--api-key":
                            options.ApiKey = Next();
                            break;
                        case "--token":
                            options.BearerToken = Next();
                            break;
                        case "--pacing":
                            options.AudioPacing = Next() switch
                            {
                                "realtime" => EmulatorAudioPacing.RealTime,
                                "fast" => EmulatorAudioPacing.AsFastAsPossible,
                                string other => throw new FormatException($"Unknown pacing '{other}'."),
                            };
                            break;
                        case "--chunk-ms":
                            options.AudioChunkMs = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                            break;
                        case "--help" or "-h":
                            Console.WriteLine(Usage);
                            return 0;
                        default:
                            throw new FormatException($"Unknown argument '{args[i]}'.");
                    }
                }
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }

            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });

            VoiceLiveEmulator? started = await StartOrExplainAsync(options, Console.Error, stop.Token).ConfigureAwait(false);
            if (started is null)
            {
                return 2;
            }

            await using VoiceLiveEmulator emulator = started;
            Console.WriteLine($"VoiceLive emulator listening on {emulator.Endpoint}");
            Console.WriteLine($"WebSocket: {emulator.GetWebSocketUri()} (send an api-key header)");
            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            Console.WriteLine("Stopping.");
            return 0;
        }

        /// <summary>
        /// Starts the emulator; when its port is taken, writes one line saying so (and how to pick a free port) to
        /// <paramref name="error"/> and returns null, instead of a stack trace.
        /// </summary>
        internal static async Task<VoiceLiveEmulator?> StartOrExplainAsync(VoiceLiveEmulatorOptions options, System.IO.TextWriter error, CancellationToken cancellationToken)
        {
            try
            {
                return await VoiceLiveEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsAddressInUse(ex))
            {
                error.WriteLine($"Port {options.Port} on 127.0.0.1 is already in use (another emulator?); pass --port 0 to pick a free port, or choose another --port.");
                return null;
            }
        }

        private static bool IsAddressInUse(Exception? ex)
        {
            for (int depth = 0; ex is not null && depth < 8; depth++, ex = ex.InnerException)
            {
                if (ex is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
                {
                    return true;
                }

                // Kestrel reports a taken port as an IOException wrapping an AddressInUseException (a SocketException).
                if (ex.GetType().Name == "AddressInUseException")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
