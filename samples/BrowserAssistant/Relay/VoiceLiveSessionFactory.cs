using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// Opens Voice Live sessions for the relay: against the service when <c>AZURE_VOICELIVE_ENDPOINT</c> is set
    /// (with <c>AZURE_VOICELIVE_API_KEY</c>, else <see cref="DefaultAzureCredential"/>), otherwise against one
    /// emulator started in this process on first use. The credential never leaves the server.
    /// </summary>
    public sealed class VoiceLiveSessionFactory : IAsyncDisposable
    {
        private readonly Uri? _endpoint;
        private readonly AzureKeyCredential? _key;
        private readonly TokenCredential? _token;
        private readonly SemaphoreSlim _emulatorGate = new SemaphoreSlim(1, 1);
        private VoiceLiveEmulator? _emulator;

        /// <summary>Reads the mode from configuration (environment variables included).</summary>
        public VoiceLiveSessionFactory(IConfiguration configuration, ILogger<VoiceLiveSessionFactory> logger)
        {
            Model = configuration["AZURE_VOICELIVE_MODEL"] is { Length: > 0 } model ? model : "gpt-realtime";
            if (configuration["AZURE_VOICELIVE_ENDPOINT"] is { Length: > 0 } endpoint)
            {
                _endpoint = new Uri(endpoint);
                if (configuration["AZURE_VOICELIVE_API_KEY"] is { Length: > 0 } key)
                {
                    _key = new AzureKeyCredential(key);
                }
                else
                {
                    _token = new DefaultAzureCredential();
                }

                logger.LogInformation("Voice Live: service {Host}, model {Model}, {Auth}", _endpoint.Host, Model, _key is null ? "Microsoft Entra ID" : "API key");
            }
            else
            {
                logger.LogInformation("Voice Live: in-process emulator (set AZURE_VOICELIVE_ENDPOINT to use the service)");
            }
        }

        /// <summary>True when sessions go to the in-process emulator.</summary>
        public bool IsEmulator => _endpoint is null;

        /// <summary>The model every session asks for.</summary>
        public string Model { get; }

        /// <summary>The in-process emulator once the first session has started it; null against the service.</summary>
        public VoiceLiveEmulator? Emulator => _emulator;

        /// <summary>Opens one Voice Live session. Throws <see cref="VoiceLiveConnectionException"/> when refused.</summary>
        public async Task<VoiceLiveConnection> ConnectAsync(CancellationToken cancellationToken)
        {
            if (_endpoint is null)
            {
                VoiceLiveEmulator emulator = await GetEmulatorAsync(cancellationToken).ConfigureAwait(false);

                // The emulator accepts any key.
                return await VoiceLiveClient.ConnectAsync(emulator.Endpoint, new AzureKeyCredential("emulator"), Model, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return _key is not null
                ? await VoiceLiveClient.ConnectAsync(_endpoint, _key, Model, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await VoiceLiveClient.ConnectAsync(_endpoint, _token!, Model, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Stops the emulator if one was started.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_emulator is not null)
            {
                await _emulator.DisposeAsync().ConfigureAwait(false);
            }

            _emulatorGate.Dispose();
        }

        private async Task<VoiceLiveEmulator> GetEmulatorAsync(CancellationToken cancellationToken)
        {
            if (_emulator is { } started)
            {
                return started;
            }

            await _emulatorGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Real-time pacing: the reply streams at speaking speed as from the service, so barge-in happens mid-reply.
                return _emulator ??= await VoiceLiveEmulator.StartAsync(
                    new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.RealTime }, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _emulatorGate.Release();
            }
        }
    }
}
