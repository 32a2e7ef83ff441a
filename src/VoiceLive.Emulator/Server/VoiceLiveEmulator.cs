using System;
using System.Collections.Generic;
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
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// A local Voice Live server on 127.0.0.1 for tests, samples and offline development. It speaks the service's
    /// WebSocket protocol on <c>/voice-live/realtime</c>: handshake checks, <c>session.created</c>/<c>session.update</c>,
    /// input audio with real server VAD, conversation items, streamed responses with deterministic audio
    /// (<see cref="EmulatorSpeech"/>), function calls, and faults on demand (<see cref="EmulatorFaults"/>).
    /// </summary>
    public sealed class VoiceLiveEmulator : IAsyncDisposable
    {
        /// <summary>The WebSocket path the service (and so the emulator) serves.</summary>
        public const string RealtimePath = "/voice-live/realtime";

        private readonly WebApplication _app;
        private readonly CancellationTokenSource _stopping = new();
        private readonly object _gate = new();
        private readonly List<EmulatorConnection> _connections = new();
        private readonly List<(int Index, TaskCompletionSource<EmulatorConnection> Waiter)> _waiters = new();
        private readonly List<Task> _sessions = new();
        private int _attempts;
        private int _disposed;

        private VoiceLiveEmulator(WebApplication app, VoiceLiveEmulatorOptions options)
        {
            _app = app;
            Options = options;
            Endpoint = new Uri("http://127.0.0.1");
            Sip = new EmulatorSip(this);
        }

        /// <summary>The SIP telephony side (<c>/voice-agent/realtime/sip/…</c>): simulated incoming calls, call control, webhooks.</summary>
        public EmulatorSip Sip { get; }

        /// <summary>The base address, <c>http://127.0.0.1:&lt;port&gt;</c>; a client turns it into <c>ws://…/voice-live/realtime?…</c>.</summary>
        public Uri Endpoint { get; private set; }

        /// <summary>The options the emulator was started with.</summary>
        public VoiceLiveEmulatorOptions Options { get; }

        /// <summary>Every accepted connection so far, in order.</summary>
        public IReadOnlyList<EmulatorConnection> Connections
        {
            get
            {
                lock (_gate)
                {
                    return _connections.ToArray();
                }
            }
        }

        /// <summary>Number of upgrade requests that reached <see cref="RealtimePath"/>, refused ones included.</summary>
        public int ConnectionAttempts => Volatile.Read(ref _attempts);

        /// <summary>Starts an emulator listening on 127.0.0.1.</summary>
        /// <param name="options">Settings; null for the defaults (ephemeral port, real-time pacing, default responder).</param>
        /// <param name="cancellationToken">Cancels the start.</param>
        /// <returns>The running emulator; dispose it to stop.</returns>
        public static async Task<VoiceLiveEmulator> StartAsync(VoiceLiveEmulatorOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new VoiceLiveEmulatorOptions();
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IHostLifetime, NoHostLifetime>();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                // Why: an emulator that accepts any key must never be reachable from another machine.
                kestrel.Listen(IPAddress.Loopback, options.Port);
                kestrel.Limits.MaxRequestBodySize = null;
            });
            WebApplication app = builder.Build();
            var emulator = new VoiceLiveEmulator(app, options);
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
            app.Run(emulator.HandleAsync);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            emulator.Endpoint = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority).Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
            return emulator;
        }

        /// <summary>Builds the WebSocket URL for a model session: <c>ws://127.0.0.1:port/voice-live/realtime?api-version=…&amp;model=…</c> plus extra query text.</summary>
        /// <param name="model">The <c>model</c> query value.</param>
        /// <param name="extraQuery">Extra query text without the leading <c>&amp;</c>, e.g. <c>emulator-fault=abort</c>; may be null.</param>
        /// <param name="apiVersion">The <c>api-version</c> query value.</param>
        /// <returns>The URL.</returns>
        public Uri GetWebSocketUri(string model = "gpt-realtime", string? extraQuery = null, string apiVersion = "2026-07-15")
        {
            string query = "api-version=" + Uri.EscapeDataString(apiVersion) + "&model=" + Uri.EscapeDataString(model);
            if (!string.IsNullOrEmpty(extraQuery))
            {
                query += "&" + extraQuery;
            }

            return new Uri("ws://" + Endpoint.Authority + RealtimePath + "?" + query);
        }

        /// <summary>Waits until the <paramref name="index"/>-th (zero-based) connection has been accepted.</summary>
        /// <param name="index">Zero-based connection index.</param>
        /// <param name="timeout">How long to wait before failing with <see cref="TimeoutException"/>.</param>
        /// <returns>The connection.</returns>
        public async Task<EmulatorConnection> WaitForConnectionAsync(int index, TimeSpan timeout)
        {
            var waiter = new TaskCompletionSource<EmulatorConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (index < _connections.Count)
                {
                    return _connections[index];
                }

                _waiters.Add((index, waiter));
            }

            try
            {
                return await waiter.Task.WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for connection #{index}; {Connections.Count} accepted, {ConnectionAttempts} attempted.");
            }
        }

        /// <summary>Stops listening, ends every connection and waits for their handlers to finish.</summary>
        /// <returns>A task that completes when the server has stopped.</returns>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            _stopping.Cancel();
            await Sip.DisposeAsync().ConfigureAwait(false);
            Task[] sessions;
            lock (_gate)
            {
                sessions = _sessions.ToArray();
            }

            // Why WhenAny with a delay: a handler stuck in a fault mode must not keep the emulator alive; stopping the host aborts it.
            await Task.WhenAny(Task.WhenAll(sessions), Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }

        private async Task HandleAsync(HttpContext context)
        {
            if (context.Request.Path.StartsWithSegments(EmulatorSip.BasePath))
            {
                await Sip.HandleAsync(context).ConfigureAwait(false);
                return;
            }

            if (context.Request.Path != RealtimePath)
            {
                await Handshake.RejectAsync(context, StatusCodes.Status404NotFound, "NotFound", "Resource not found.").ConfigureAwait(false);
                return;
            }

            int attempt = Interlocked.Increment(ref _attempts) - 1;
            Handshake.Result? accepted = await Handshake.ValidateAsync(context, Options, attempt).ConfigureAwait(false);
            if (accepted is null)
            {
                return;
            }

            await RunSessionAsync(context, accepted, null).ConfigureAwait(false);
        }

        /// <summary>Accepts the upgrade and runs a session on it; <paramref name="started"/> runs once the session has sent its first event.</summary>
        internal async Task RunSessionAsync(HttpContext context, Handshake.Result accepted, Func<EmulatorConnection, Task>? started)
        {
            using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
            var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            EmulatorConnection connection;
            lock (_gate)
            {
                connection = new EmulatorConnection(_connections.Count, Ids.New("sess_"), accepted.Query, accepted.Headers);
                _connections.Add(connection);
            }

            var handler = new SessionHandler(context, socket, connection, Options, accepted, lifetime.Token);
            connection.Handler = handler;
            Task run = handler.RunAsync();
            lock (_gate)
            {
                _sessions.Add(run);
                foreach (var w in _waiters.Where(w => w.Index == connection.Index).ToList())
                {
                    w.Waiter.TrySetResult(connection);
                    _waiters.Remove(w);
                }
            }

            if (started is not null)
            {
                await started(connection).ConfigureAwait(false);
            }

            await run.ConfigureAwait(false);
        }
    }
}
