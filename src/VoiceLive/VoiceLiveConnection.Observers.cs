using System;
using System.Threading;
using VoiceLive.Agents;
using VoiceLive.Diagnostics;
using VoiceLive.Transport;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // Copy-on-write: the reader and the senders read the array without a lock; attaching is rare.
        private ConnectionObserver[]? _observers;

        // Always on (a type switch per event): the barge-in helper and the tool runner both need to know it.
        private readonly ResponseLifecycle _responseLifecycle = new ResponseLifecycle();

        /// <summary>How many observers follow the connection (for tests: none unless the app switched a component on).</summary>
        internal int ObserverCount => Volatile.Read(ref _observers)?.Length ?? 0;

        /// <summary>Attaches an observer; it sees every event from the next one read or sent.</summary>
        internal void AddObserver(ConnectionObserver observer)
        {
            while (true)
            {
                ConnectionObserver[]? current = Volatile.Read(ref _observers);
                var next = new ConnectionObserver[(current?.Length ?? 0) + 1];
                current?.CopyTo(next, 0);
                next[next.Length - 1] = observer;
                if (Interlocked.CompareExchange(ref _observers, next, current) == current)
                {
                    return;
                }
            }
        }

        /// <summary>Detaches an observer; a no-op when it is not attached.</summary>
        internal void RemoveObserver(ConnectionObserver observer)
        {
            while (true)
            {
                ConnectionObserver[]? current = Volatile.Read(ref _observers);
                int index = current is null ? -1 : Array.IndexOf(current, observer);
                if (index < 0)
                {
                    return;
                }

                ConnectionObserver[]? next = null;
                if (current!.Length > 1)
                {
                    next = new ConnectionObserver[current.Length - 1];
                    Array.Copy(current, 0, next, 0, index);
                    Array.Copy(current, index + 1, next, index, current.Length - index - 1);
                }

                if (Interlocked.CompareExchange(ref _observers, next, current) == current)
                {
                    return;
                }
            }
        }

        private void NotifyReceived(ServerEvent serverEvent)
        {
            _responseLifecycle.OnReceived(serverEvent);
            Notify(serverEvent, serverEvent.Type, static (observer, connection, evt) => observer.OnReceived(connection, evt));
        }

        private void NotifySent(ClientEvent clientEvent)
        {
            if (clientEvent is ClientEventResponseCancel cancel)
            {
                _responseLifecycle.OnCancelSent(cancel.ResponseId);
            }

            Notify(clientEvent, clientEvent.Type, static (observer, connection, evt) => observer.OnSent(connection, evt));
        }

        private void NotifyAudioAppended(int byteCount)
            => Notify(byteCount, WireNames.InputAudioBufferAppend, static (observer, connection, count) => observer.OnAudioAppended(connection, count));

        private void NotifyRawSent(string eventType, ReadOnlyMemory<byte> json)
            => Notify((eventType, json), eventType, static (observer, connection, raw) => observer.OnRawSent(connection, raw.eventType, raw.json.Span));

        private void NotifyClosed(CloseInfo info)
            => Notify(info, "close", static (observer, connection, closed) => observer.OnClosed(connection, closed.Status, closed.Description));

        /// <summary>Calls every observer in order; one that throws is logged and the others still run.</summary>
        private void Notify<TArgument>(TArgument argument, string eventType, Action<ConnectionObserver, VoiceLiveConnection, TArgument> callback)
        {
            ConnectionObserver[]? observers = _observers;
            if (observers is null)
            {
                return;
            }

            foreach (ConnectionObserver observer in observers)
            {
                try
                {
                    callback(observer, this, argument);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, eventType, ex);
                }
            }
        }
    }
}
