using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// The relay app pointed at an emulator the test owns (as if it were the service: endpoint and key from
    /// configuration), so a test can inspect the Voice Live side or make it fail.
    /// </summary>
    public sealed class EmulatorBackedRelay : IAsyncDisposable
    {
        private EmulatorBackedRelay(VoiceLiveEmulator emulator, RelayHost host)
        {
            Emulator = emulator;
            Host = host;
        }

        public VoiceLiveEmulator Emulator { get; }

        public RelayHost Host { get; }

        /// <param name="endpointQuery">Appended to the endpoint, e.g. <c>?emulator-fault=abort</c>.</param>
        public static async Task<EmulatorBackedRelay> StartAsync(VoiceLiveEmulatorOptions? emulatorOptions = null, string endpointQuery = "", params string[] settings)
        {
            emulatorOptions ??= new VoiceLiveEmulatorOptions();
            emulatorOptions.AudioPacing = EmulatorAudioPacing.AsFastAsPossible;
            VoiceLiveEmulator emulator = await VoiceLiveEmulator.StartAsync(emulatorOptions).OrTimeout("the emulator to start");
            try
            {
                var all = new List<string> { $"AZURE_VOICELIVE_ENDPOINT={emulator.Endpoint}{endpointQuery}", "AZURE_VOICELIVE_API_KEY=test-key" };
                all.AddRange(settings);
                RelayHost host = await RelayHost.StartAsync(all);
                return new EmulatorBackedRelay(emulator, host);
            }
            catch
            {
                await emulator.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
