using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using VoiceLive.Samples.BrowserAssistant;

namespace VoiceLive.BrowserTests
{
    /// <summary>The BrowserAssistant app on a free loopback port, in this process.</summary>
    public sealed class RelayHost : IAsyncDisposable
    {
        private RelayHost(WebApplication app, Uri baseAddress)
        {
            App = app;
            BaseAddress = baseAddress;
        }

        public WebApplication App { get; }

        /// <summary>http://127.0.0.1:port/</summary>
        public Uri BaseAddress { get; }

        public Uri RelayUri => new Uri($"ws://{BaseAddress.Authority}/relay");

        public string Origin => $"http://{BaseAddress.Authority}";

        public VoiceLiveSessionFactory Sessions => App.Services.GetRequiredService<VoiceLiveSessionFactory>();

        /// <param name="settings">Configuration as <c>key=value</c> (for example <c>BrowserAssistant:MaxMessagesPerSecond=5</c>).</param>
        public static async Task<RelayHost> StartAsync(IEnumerable<string>? settings = null, Action<IServiceCollection>? configureServices = null)
        {
            var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" };
            // The tests choose the Voice Live side; an endpoint in the developer's environment must not leak in.
            args.Add("--AZURE_VOICELIVE_ENDPOINT=");
            foreach (string setting in settings ?? Array.Empty<string>())
            {
                args.Add("--" + setting);
            }

            WebApplication app = RelayApp.Build(args.ToArray(), configureServices);
            await app.StartAsync().OrTimeout("the relay app to start");
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new RelayHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync().OrTimeout("the relay app to stop");
            await App.DisposeAsync();
        }
    }
}
