using System;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// The app: the page (wwwroot, plain JS modules), <c>/api/config</c> (what the page needs to know before it
    /// captures), and the <c>/relay</c> WebSocket.
    /// </summary>
    public static class RelayApp
    {
        /// <summary>
        /// Builds the app from the command line (<c>--urls</c>, <c>--BrowserAssistant:MaxSessions=…</c>) and the
        /// environment. <paramref name="configureServices"/> lets a test replace services (the clock, the session factory).
        /// </summary>
        public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
        {
            // Content is served from next to the binaries, so the app works from any working directory.
            WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args,
                ContentRootPath = AppContext.BaseDirectory,
                WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            });
            builder.Services.Configure<RelayOptions>(builder.Configuration.GetSection(RelayOptions.SectionName));
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddSingleton<VoiceLiveSessionFactory>();
            builder.Services.AddSingleton<RelayEndpoint>();
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                // Behind a reverse proxy on the same machine (README, "Behind a reverse proxy"); add KnownProxies for others.
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            });
            configureServices?.Invoke(builder.Services);

            WebApplication app = builder.Build();
            app.UseForwardedHeaders();
            app.UseDefaultFiles();
            app.UseStaticFiles(new StaticFileOptions
            {
                // The page is a handful of small files; always revalidate so an edited module is picked up.
                OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
            });
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });

            app.MapGet("/api/config", (VoiceLiveSessionFactory sessions) => Results.Json(new
            {
                mode = sessions.IsEmulator ? "emulator" : "azure",
                sampleRate = RelaySession.SampleRate,
                // The emulator's speech is a tone code: the browser's echo cancellation, noise suppression and gain
                // control would smear it. Against the service they help (a laptop speaker next to its microphone).
                audioProcessing = !sessions.IsEmulator,
            }));
            app.Map("/relay", (HttpContext context, RelayEndpoint relay) => relay.HandleAsync(context));
            return app;
        }
    }
}
