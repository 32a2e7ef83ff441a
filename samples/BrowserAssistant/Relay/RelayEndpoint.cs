using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// <c>GET /relay</c>: checks the page's <c>Origin</c> and the session limit, accepts the WebSocket, opens the
    /// Voice Live session and runs the relay until either side goes.
    /// </summary>
    public sealed class RelayEndpoint
    {
        private readonly VoiceLiveSessionFactory _sessions;
        private readonly RelayOptions _options;
        private readonly TimeProvider _time;
        private readonly ILogger<RelaySession> _logger;
        private int _active;

        /// <summary>Created once per app.</summary>
        public RelayEndpoint(VoiceLiveSessionFactory sessions, IOptions<RelayOptions> options, TimeProvider time, ILogger<RelaySession> logger)
        {
            _sessions = sessions;
            _options = options.Value;
            _time = time;
            _logger = logger;
        }

        /// <summary>Relay sessions running now.</summary>
        public int ActiveSessions => Volatile.Read(ref _active);

        /// <summary>Handles one upgrade request.</summary>
        public async Task HandleAsync(HttpContext context)
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("WebSocket upgrade expected.").ConfigureAwait(false);
                return;
            }

            if (!OriginPolicy.IsAllowed(context.Request, _options))
            {
                _logger.LogWarning("Refused a relay upgrade from origin {Origin}", context.Request.Headers.Origin.ToString());
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("Origin not allowed.").ConfigureAwait(false);
                return;
            }

            if (Interlocked.Increment(ref _active) > _options.MaxSessions)
            {
                Interlocked.Decrement(ref _active);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("Too many sessions; try again later.").ConfigureAwait(false);
                return;
            }

            try
            {
                using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
                using var page = new BrowserSocket(socket, _options.MaxAudioFrameBytes, _options.MaxJsonMessageBytes);
                VoiceLiveConnection voiceLive;
                try
                {
                    voiceLive = await _sessions.ConnectAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Accepted first so that the page can show why: an HTTP error on the upgrade is invisible to its script.
                    // The library's refusal says what the service answered; anything else (no Entra token, a
                    // misconfigured endpoint) is the server's business: the page gets its kind, the log the details.
                    string reason = e is VoiceLiveConnectionException refused
                        ? $"Voice Live refused the connection{(refused.Status > 0 ? $" (HTTP {refused.Status})" : "")}: {refused.Message}"
                        : $"The server could not connect to Voice Live ({e.GetType().Name}); see the server's log.";
                    _logger.LogWarning(e, "Could not open a Voice Live session");
                    await page.SendJsonAsync(PageEvents.Error("voicelive_refused", reason, fatal: true), context.RequestAborted).ConfigureAwait(false);
                    await page.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "voicelive_refused").ConfigureAwait(false);
                    return;
                }

                await using (((IAsyncDisposable)voiceLive).ConfigureAwait(false))
                {
                    _logger.LogInformation("Relay session started ({Active} active)", ActiveSessions);
                    var session = new RelaySession(page, voiceLive, _options, _time, _sessions.IsEmulator ? "emulator" : "azure", _logger);
                    await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _active);
                _logger.LogInformation("Relay session ended");
            }
        }
    }
}
