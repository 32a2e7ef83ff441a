using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using VoiceLive.Emulator;

namespace VoiceLive.Samples
{
    /// <summary>
    /// A connection to Voice Live: the real service when AZURE_VOICELIVE_ENDPOINT is set, otherwise an emulator
    /// started in this process. Everything after <see cref="ConnectAsync"/> is the same code in both modes.
    /// </summary>
    internal sealed class SampleSession : IAsyncDisposable
    {
        private SampleSession(VoiceLiveConnection connection, VoiceLiveEmulator? emulator)
        {
            Connection = connection;
            Emulator = emulator;
        }

        /// <summary>The open connection; its first event (<c>session.created</c>) has not been read yet.</summary>
        public VoiceLiveConnection Connection { get; }

        /// <summary>The in-process emulator, or null against the real service.</summary>
        public VoiceLiveEmulator? Emulator { get; }

        /// <summary>True when talking to the in-process emulator.</summary>
        public bool IsEmulator => Emulator is not null;

        /// <summary>Connects in the mode the environment selects and prints which one it is.</summary>
        /// <param name="pacing">How fast the emulator streams reply audio (ignored against the real service).</param>
        /// <param name="cancellationToken">Bounds the connect.</param>
        public static async Task<SampleSession> ConnectAsync(EmulatorAudioPacing pacing, CancellationToken cancellationToken)
        {
            string model = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_MODEL") is { Length: > 0 } m ? m : "gpt-realtime";
            string? endpoint = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_ENDPOINT");

            if (string.IsNullOrEmpty(endpoint))
            {
                VoiceLiveEmulator emulator = await VoiceLiveEmulator.StartAsync(
                    new VoiceLiveEmulatorOptions { AudioPacing = pacing }, cancellationToken);
                try
                {
                    Console.WriteLine($"Mode: emulator at {emulator.Endpoint} (set AZURE_VOICELIVE_ENDPOINT to use the real service)");

                    // The emulator accepts any key.
                    VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(
                        emulator.Endpoint, new AzureKeyCredential("emulator"), model, cancellationToken: cancellationToken);
                    return new SampleSession(connection, emulator);
                }
                catch
                {
                    await emulator.DisposeAsync();
                    throw;
                }
            }

            Uri uri = new Uri(endpoint);
            string? apiKey = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_API_KEY");
            VoiceLiveConnection serviceConnection;
            if (!string.IsNullOrEmpty(apiKey))
            {
                Console.WriteLine($"Mode: service {uri.Host}, model {model}, API key");
                serviceConnection = await VoiceLiveClient.ConnectAsync(
                    uri, new AzureKeyCredential(apiKey), model, cancellationToken: cancellationToken);
            }
            else
            {
                Console.WriteLine($"Mode: service {uri.Host}, model {model}, Microsoft Entra ID (DefaultAzureCredential)");
                TokenCredential credential = new DefaultAzureCredential();
                serviceConnection = await VoiceLiveClient.ConnectAsync(
                    uri, credential, model, cancellationToken: cancellationToken);
            }

            return new SampleSession(serviceConnection, emulator: null);
        }

        /// <summary>Closes the connection, then stops the emulator if one was started.</summary>
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            if (Emulator is not null)
            {
                await Emulator.DisposeAsync();
            }
        }
    }
}
