using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// The ASP.NET Core app: Twilio's <c>&lt;Connect&gt;&lt;Stream url="wss://…/media-stream"&gt;</c> opens a WebSocket to
    /// <c>/media-stream</c> for each call, and each becomes a <see cref="CallBridge"/>.
    /// </summary>
    public sealed class PhoneBridgeServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _calls;
        private int _bargeIns;

        private PhoneBridgeServer(WebApplication app, PhoneBridgeOptions options)
        {
            _app = app;
            ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PhoneBridge");
            app.UseWebSockets();
            app.Map("/media-stream", async (HttpContext context) =>
            {
                if (!context.WebSockets.IsWebSocketRequest)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.Response.WriteAsync("Media Streams connect with a WebSocket upgrade.").ConfigureAwait(false);
                    return;
                }

                using var phone = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
                var call = new CallBridge(phone, options, logger);
                Interlocked.Increment(ref _calls);
                try
                {
                    await call.RunAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "a call failed");
                    throw;
                }
                finally
                {
                    Interlocked.Add(ref _bargeIns, call.BargeIns);
                }
            });
            app.MapGet("/", () => "VoiceLive phone bridge: point a Twilio <Stream> at /media-stream");
        }

        /// <summary>The address of the media-stream endpoint (ws://host:port/media-stream).</summary>
        public Uri MediaStreamUri { get; private set; } = null!;

        /// <summary>Calls accepted so far.</summary>
        public int Calls => Volatile.Read(ref _calls);

        /// <summary>Barge-ins handled by calls that have ended.</summary>
        public int BargeIns => Volatile.Read(ref _bargeIns);

        /// <summary>Starts listening on 127.0.0.1 (loopback only: a real deployment puts a TLS proxy in front).</summary>
        public static async Task<PhoneBridgeServer> StartAsync(PhoneBridgeOptions options, LogLevel logLevel = LogLevel.Information, CancellationToken cancellationToken = default)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
            var server = new PhoneBridgeServer(builder.Build(), options);
            await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.MediaStreamUri = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/media-stream");
            return server;
        }

        /// <summary>Waits for Ctrl+C or the token.</summary>
        public Task WaitForShutdownAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);

        /// <summary>Stops the server (open calls are aborted).</summary>
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
