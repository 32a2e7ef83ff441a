using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;

namespace VoiceLive.Samples
{
    /// <summary>
    /// The one place the sample touches the VoiceLive package directly: a <see cref="VoiceLiveClient"/> for the real
    /// service when AZURE_VOICELIVE_ENDPOINT is set, otherwise for an emulator started in this process. Everything else
    /// is written against Microsoft.Extensions.AI's <c>IRealtimeClient</c>.
    /// </summary>
    internal sealed class VoiceLiveEndpoint : IAsyncDisposable
    {
        private VoiceLiveEndpoint(VoiceLiveClient client, string model, VoiceLiveEmulator? emulator)
        {
            Client = client;
            Model = model;
            Emulator = emulator;
        }

        public VoiceLiveClient Client { get; }

        public string Model { get; }

        /// <summary>The in-process emulator, or null against the real service.</summary>
        public VoiceLiveEmulator? Emulator { get; }

        public bool IsEmulator => Emulator is not null;

        public static async Task<VoiceLiveEndpoint> OpenAsync(ILoggerFactory loggerFactory, CancellationToken cancellationToken)
        {
            string model = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_MODEL") is { Length: > 0 } m ? m : "gpt-realtime";
            string? endpoint = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_ENDPOINT");
            var options = new VoiceLiveClientOptions { LoggerFactory = loggerFactory };

            if (string.IsNullOrEmpty(endpoint))
            {
                // Nothing here plays audio, so the emulator may stream its replies as fast as it likes.
                VoiceLiveEmulator emulator = await VoiceLiveEmulator.StartAsync(
                    new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.AsFastAsPossible }, cancellationToken);
                Console.WriteLine($"Mode: emulator at {emulator.Endpoint} (set AZURE_VOICELIVE_ENDPOINT to use the real service)");

                // The emulator accepts any key.
                return new VoiceLiveEndpoint(new VoiceLiveClient(emulator.Endpoint, new AzureKeyCredential("emulator"), options), model, emulator);
            }

            var uri = new Uri(endpoint);
            string? apiKey = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_API_KEY");
            if (!string.IsNullOrEmpty(apiKey))
            {
                Console.WriteLine($"Mode: service {uri.Host}, model {model}, API key");
                return new VoiceLiveEndpoint(new VoiceLiveClient(uri, new AzureKeyCredential(apiKey), options), model, emulator: null);
            }

            Console.WriteLine($"Mode: service {uri.Host}, model {model}, Microsoft Entra ID (DefaultAzureCredential)");
            return new VoiceLiveEndpoint(new VoiceLiveClient(uri, new DefaultAzureCredential(), options), model, emulator: null);
        }

        public async ValueTask DisposeAsync()
        {
            if (Emulator is not null)
            {
                await Emulator.DisposeAsync();
            }
        }
    }
}
