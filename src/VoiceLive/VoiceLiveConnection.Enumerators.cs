using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>The <c>await foreach</c> enumerator: holds the reader slot until disposed.</summary>
        private sealed class EventEnumerator : IAsyncEnumerator<ServerEvent>
        {
            private readonly VoiceLiveConnection _connection;
            private readonly CancellationToken _cancellationToken;
            private ServerEvent? _current;
            private int _disposed;

            public EventEnumerator(VoiceLiveConnection connection, CancellationToken cancellationToken)
            {
                _connection = connection;
                _cancellationToken = cancellationToken;
            }

            public ServerEvent Current => _current ?? throw new InvalidOperationException("MoveNextAsync has not returned true.");

#if NET6_0_OR_GREATER
            [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
            public async ValueTask<bool> MoveNextAsync()
            {
                if (_connection._state == VoiceLiveConnectionState.Disposed && _connection._closeInfo is { IsNormal: true })
                {
                    _current = null;
                    return false;
                }

                ServerEvent? next;
                try
                {
                    next = await _connection.ReadNextAsync(_cancellationToken).ConfigureAwait(false);
                }
                catch (ObjectDisposedException) when (_connection._closeInfo is { IsNormal: true })
                {
                    // Disposing the connection while enumerating ends the enumeration quietly.
                    next = null;
                }

                _current = next;
                return next is not null;
            }

            public ValueTask DisposeAsync()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    _connection.ExitReader();
                }

                return default;
            }
        }

        /// <summary>An enumerator for a reader that arrived while the app's own close was draining the socket.</summary>
        private sealed class ClosingEnumerator : IAsyncEnumerator<ServerEvent>
        {
            private readonly VoiceLiveConnection _connection;
            private readonly CancellationToken _cancellationToken;

            public ClosingEnumerator(VoiceLiveConnection connection, CancellationToken cancellationToken)
            {
                _connection = connection;
                _cancellationToken = cancellationToken;
            }

            public ServerEvent Current => throw new InvalidOperationException("The stream has ended.");

            public async ValueTask<bool> MoveNextAsync()
            {
                await TaskWaits.WhenCompletedOrCanceled(_connection._streamEnded.Task, _cancellationToken).ConfigureAwait(false);
                return false;
            }

            public ValueTask DisposeAsync() => default;
        }
    }
}
