using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// PhoneBridge: a Twilio Media Streams endpoint that bridges each phone call to a Voice Live session.
    /// <c>dotnet run</c> serves on 127.0.0.1:5050 (put an HTTPS tunnel or proxy in front for Twilio); <c>--pcm16</c>
    /// selects the resampling PCM16 mode instead of μ-law pass-through; <c>--self-test</c> runs one scripted call with
    /// a barge-in against the emulator and exits 0 when the caller heard the right replies.
    /// Without AZURE_VOICELIVE_ENDPOINT the sessions go to an emulator started in this process.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static async Task<int> Main(string[] args)
        {
            bool selfTest = args.Contains("--self-test");
            var options = new PhoneBridgeOptions
            {
                Mode = args.Contains("--pcm16") ? PhoneAudioMode.Pcm16Resampling : PhoneAudioMode.MuLawPassThrough,
                Port = selfTest ? 0 : 5050,
            };

            using var shutdown = new CancellationTokenSource(selfTest ? TimeSpan.FromSeconds(90) : Timeout.InfiniteTimeSpan);
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                shutdown.Cancel();
            };

            string? endpoint = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_ENDPOINT");
            await using VoiceLiveEmulator? emulator = string.IsNullOrEmpty(endpoint) || selfTest
                ? await VoiceLiveEmulator.StartAsync(new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.RealTime }, shutdown.Token)
                : null;
            options.ConnectAsync = emulator is not null ? EmulatorConnector(emulator.Endpoint) : ServiceConnector(new Uri(endpoint!));
            Console.WriteLine(emulator is not null
                ? $"Voice Live: emulator at {emulator.Endpoint} (set AZURE_VOICELIVE_ENDPOINT to use the service)"
                : $"Voice Live: service {new Uri(endpoint!).Host}");

            await using PhoneBridgeServer server = await PhoneBridgeServer.StartAsync(options, cancellationToken: shutdown.Token);
            Console.WriteLine($"Media Streams endpoint: {server.MediaStreamUri} ({options.Mode})");
            if (!selfTest)
            {
                await server.WaitForShutdownAsync(shutdown.Token);
                return 0;
            }

            return await SelfTest.RunAsync(server, shutdown.Token);
        }

        /// <summary>Connects each call to the emulator (any key is accepted).</summary>
        public static Func<CancellationToken, Task<VoiceLiveConnection>> EmulatorConnector(Uri emulatorEndpoint)
            => async ct => await VoiceLiveClient.ConnectAsync(emulatorEndpoint, new AzureKeyCredential("emulator"), Model, cancellationToken: ct).ConfigureAwait(false);

        private static string Model => Environment.GetEnvironmentVariable("AZURE_VOICELIVE_MODEL") is { Length: > 0 } m ? m : "gpt-realtime";

        private static Func<CancellationToken, Task<VoiceLiveConnection>> ServiceConnector(Uri endpoint)
        {
            string? apiKey = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_API_KEY");
            return async ct => string.IsNullOrEmpty(apiKey)
                ? await VoiceLiveClient.ConnectAsync(endpoint, new DefaultAzureCredential(), Model, cancellationToken: ct).ConfigureAwait(false)
                : await VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential(apiKey), Model, cancellationToken: ct).ConfigureAwait(false);
        }
    }
}
