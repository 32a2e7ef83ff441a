using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>
    /// Reads a session's <see cref="IRealtimeClientSession.GetStreamingResponseAsync"/> and keeps every message; a wait
    /// that outlasts <see cref="TestTimeouts.Default"/> fails with a <see cref="TimeoutException"/> listing what arrived.
    /// </summary>
    internal sealed class MessageReader : IAsyncDisposable
    {
        private readonly CancellationTokenSource _timeout = TestTimeouts.Source();
        private readonly IAsyncEnumerator<RealtimeServerMessage> _enumerator;

        public MessageReader(IRealtimeClientSession session, CancellationToken cancellationToken = default)
        {
            CancellationToken token = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token, cancellationToken).Token
                : _timeout.Token;
            _enumerator = session.GetStreamingResponseAsync(token).GetAsyncEnumerator(token);
        }

        public List<RealtimeServerMessage> Received { get; } = new();

        public async Task<RealtimeServerMessage> NextAsync()
        {
            bool more;
            try
            {
                more = await _enumerator.MoveNextAsync();
            }
            catch (OperationCanceledException) when (_timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"No message within {TestTimeouts.Default.TotalSeconds} s; received so far: {Describe()}");
            }

            if (!more)
            {
                throw new InvalidOperationException($"The stream ended; received: {Describe()}");
            }

            Received.Add(_enumerator.Current);
            return _enumerator.Current;
        }

        /// <summary>Reads until (and including) a message matching <paramref name="match"/>; returns everything read on the way.</summary>
        public async Task<List<RealtimeServerMessage>> CollectUntilAsync(Func<RealtimeServerMessage, bool> match)
        {
            var messages = new List<RealtimeServerMessage>();
            while (true)
            {
                RealtimeServerMessage message = await NextAsync();
                messages.Add(message);
                if (match(message))
                {
                    return messages;
                }
            }
        }

        public Task<List<RealtimeServerMessage>> UntilAsync<TEvent>()
            where TEvent : ServerEvent
            => CollectUntilAsync(message => message.RawRepresentation is TEvent);

        public Task<List<RealtimeServerMessage>> UntilResponseDoneAsync()
            => CollectUntilAsync(message => message.Type == RealtimeServerMessageType.ResponseDone);

        public string Describe()
            => "[" + string.Join(", ", Received.Select(m => m.RawRepresentation is ServerEvent e ? e.Type : m.Type.ToString())) + "]";

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _enumerator.DisposeAsync();
            }
            finally
            {
                _timeout.Dispose();
            }
        }
    }
}
