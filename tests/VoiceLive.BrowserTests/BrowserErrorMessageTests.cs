using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using VoiceLive.Emulator;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.BrowserTests
{
    /// <summary>The page's messages when the microphone is denied, Voice Live refuses, or the relay goes away.</summary>
    [Trait("Category", "Browser")]
    [Collection(BrowserCollection.Name)]
    public sealed class BrowserErrorMessageTests
    {
        private readonly ITestOutputHelper _output;

        public BrowserErrorMessageTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public async Task DeniedMicrophone_ShowsHowToAllowIt_AndOpensNoSession()
        {
            Chromium.RequireExecutable();
            await using RelayHost host = await RelayHost.StartAsync();
            await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync(denyMicrophone: true);

            string message = await StartAndReadMessageAsync(chromium, host);

            Assert.Contains("Microphone access was denied", message, StringComparison.Ordinal);
            // The page shows the message as it learns of the failure and returns to idle as its teardown finishes.
            await PageWaits.WaitForAsync(chromium.Page, "the conversation to return to idle", "() => window.voiceAssistant.state === 'idle'");
            Assert.Null(host.Sessions.Emulator); // the emulator starts with the first relay session: there was none
        }

        [SkippableFact]
        public async Task RefusedVoiceLiveConnection_ShowsTheRefusal()
        {
            Chromium.RequireExecutable();
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(new VoiceLiveEmulatorOptions { RefuseUpgradeStatusCode = 401 });
            await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync();

            string message = await StartAndReadMessageAsync(chromium, relay.Host);

            Assert.Contains("Voice Live refused the connection (HTTP 401)", message, StringComparison.Ordinal);
            // The page shows the message as it learns of the failure and returns to idle as its teardown finishes.
            await PageWaits.WaitForAsync(chromium.Page, "the conversation to return to idle", "() => window.voiceAssistant.state === 'idle'");
        }

        [SkippableFact]
        public async Task DroppedRelay_ShowsTheConnectionWasLost()
        {
            Chromium.RequireExecutable();
            // No grace period on shutdown: the server goes away with the page connected, as when its process dies.
            await using RelayHost host = await RelayHost.StartAsync(configureServices: services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.Zero));
            await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync();
            await chromium.Page.GotoAsync(host.BaseAddress.ToString());
            await chromium.Page.ClickAsync("#start");
            await PageWaits.WaitForAsync(chromium.Page, "the conversation to be ready", "() => window.voiceAssistant.state === 'listening'");

            await host.App.StopAsync();

            string message = await ReadMessageAsync(chromium);
            Assert.Contains("connection to the relay server was lost", message, StringComparison.Ordinal);
            // The page shows the message as it learns of the failure and returns to idle as its teardown finishes.
            await PageWaits.WaitForAsync(chromium.Page, "the conversation to return to idle", "() => window.voiceAssistant.state === 'idle'");
        }

        private async Task<string> StartAndReadMessageAsync(HeadlessChromium chromium, RelayHost host)
        {
            await chromium.Page.GotoAsync(host.BaseAddress.ToString());
            await chromium.Page.ClickAsync("#start");
            return await ReadMessageAsync(chromium);
        }

        private async Task<string> ReadMessageAsync(HeadlessChromium chromium)
        {
            try
            {
                await PageWaits.WaitForAsync(chromium.Page, "an error message", "() => !document.getElementById('message').hidden");
                return await chromium.Page.InnerTextAsync("#message");
            }
            finally
            {
                foreach (string line in chromium.Console)
                {
                    _output.WriteLine(line);
                }
            }
        }
    }
}
