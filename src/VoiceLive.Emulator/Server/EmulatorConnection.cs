using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// One accepted WebSocket connection: what the client asked for in the handshake, every message it sent (in
    /// order), awaitable waits for them, and hooks to inject server messages or close the socket from a test.
    /// </summary>
    public sealed class EmulatorConnection
    {
        private readonly object _gate = new();
        private readonly List<EmulatorReceivedEvent> _events = new();
        private readonly List<(Func<EmulatorReceivedEvent, bool> Match, TaskCompletionSource<EmulatorReceivedEvent> Waiter)> _waiters = new();
        private readonly TaskCompletionSource<bool> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal EmulatorConnection(int index, string sessionId, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers)
        {
            Index = index;
            SessionId = sessionId;
            Query = query;
            RequestHeaders = headers;
        }

        /// <summary>Zero-based position of this connection among the accepted connections of the emulator.</summary>
        public int Index { get; }

        /// <summary>The <c>session.id</c> the emulator assigned.</summary>
        public string SessionId { get; }

        /// <summary>The handshake's query parameters (first value of each name).</summary>
        public IReadOnlyDictionary<string, string> Query { get; }

        /// <summary>The handshake's request headers (names lower-case, values joined with a comma), e.g. to check <c>user-agent</c> or <c>x-ms-client-request-id</c>.</summary>
        public IReadOnlyDictionary<string, string> RequestHeaders { get; }

        /// <summary>A snapshot of every message received so far, in arrival order.</summary>
        public IReadOnlyList<EmulatorReceivedEvent> ReceivedEvents
        {
            get
            {
                lock (_gate)
                {
                    return _events.ToArray();
                }
            }
        }

        /// <summary>Completes when the connection has ended (closed, aborted or the emulator stopped).</summary>
        public Task Completion => _completion.Task;

        /// <summary>The close status the client sent, or null when it has not sent a close frame.</summary>
        public WebSocketCloseStatus? ClientCloseStatus { get; internal set; }

        /// <summary>The close description the client sent, or null.</summary>
        public string? ClientCloseDescription { get; internal set; }

        internal SessionHandler? Handler { get; set; }

        /// <summary>Waits for the first received event whose <c>type</c> is <paramref name="type"/> (already received or future).</summary>
        /// <param name="type">The wire type, e.g. <c>session.update</c>.</param>
        /// <param name="timeout">How long to wait before failing with <see cref="TimeoutException"/>.</param>
        /// <returns>The event.</returns>
        public Task<EmulatorReceivedEvent> WaitForEventAsync(string type, TimeSpan timeout)
        {
            return WaitAsync(e => e.Type == type, timeout, $"a client event of type '{type}'");
        }

        /// <summary>Waits until the <paramref name="index"/>-th (zero-based) message has arrived and returns it.</summary>
        /// <param name="index">Zero-based message index.</param>
        /// <param name="timeout">How long to wait before failing with <see cref="TimeoutException"/>.</param>
        /// <returns>The event.</returns>
        public Task<EmulatorReceivedEvent> WaitForEventAsync(int index, TimeSpan timeout)
        {
            return WaitAsync(e => e.Index == index, timeout, $"client message #{index}");
        }

        /// <summary>Waits for the first received message matching <paramref name="match"/>.</summary>
        /// <param name="match">The condition.</param>
        /// <param name="timeout">How long to wait before failing with <see cref="TimeoutException"/>.</param>
        /// <param name="description">Words for the timeout message.</param>
        /// <returns>The event.</returns>
        public async Task<EmulatorReceivedEvent> WaitAsync(Func<EmulatorReceivedEvent, bool> match, TimeSpan timeout, string description = "a matching client event")
        {
            var waiter = new TaskCompletionSource<EmulatorReceivedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                foreach (EmulatorReceivedEvent e in _events)
                {
                    if (match(e))
                    {
                        return e;
                    }
                }

                _waiters.Add((match, waiter));
            }

            try
            {
                return await waiter.Task.WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {description}; received so far: [{string.Join(", ", Describe())}].");
            }
            finally
            {
                lock (_gate)
                {
                    _waiters.RemoveAll(w => w.Waiter == waiter);
                }
            }
        }

        /// <summary>Sends a raw text message to the client as if the service had sent it (e.g. an example event from the docs).</summary>
        /// <param name="json">The message text, sent unchanged.</param>
        /// <param name="cancellationToken">Cancels the wait for the send lock.</param>
        /// <returns>A task that completes when the message is on the socket.</returns>
        public Task SendRawAsync(string json, CancellationToken cancellationToken = default)
        {
            SessionHandler handler = Handler ?? throw new InvalidOperationException("The connection is not running.");
            return handler.Sender.SendFrameAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, cancellationToken);
        }

        /// <summary>Starts the WebSocket closing handshake from the server side with <paramref name="status"/> and <paramref name="reason"/>.</summary>
        /// <param name="status">The close status code, e.g. 1000, 1001, 1011 or 4000–4999.</param>
        /// <param name="reason">The close reason.</param>
        /// <returns>A task that completes when the close frame is sent.</returns>
        public Task CloseAsync(int status, string reason)
        {
            SessionHandler handler = Handler ?? throw new InvalidOperationException("The connection is not running.");
            return handler.Sender.CloseOutputAsync(status, reason);
        }

        /// <summary>Drops the TCP connection without a close frame (after a short grace so events already sent reach the client).</summary>
        /// <returns>A task that completes when the connection has been aborted.</returns>
        public Task AbortAsync()
        {
            return Handler?.Sender.AbortAsync() ?? Task.CompletedTask;
        }

        internal void Record(string? type, string? eventId, string json, bool isBinary)
        {
            lock (_gate)
            {
                var e = new EmulatorReceivedEvent(_events.Count, type, eventId, json, isBinary, DateTimeOffset.UtcNow);
                _events.Add(e);
                for (int i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Match(e))
                    {
                        _waiters[i].Waiter.TrySetResult(e);
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }

        internal void MarkCompleted()
        {
            _completion.TrySetResult(true);
        }

        private List<string> Describe()
        {
            lock (_gate)
            {
                return _events.ConvertAll(e => e.Type ?? "(not an event)");
            }
        }
    }
}
