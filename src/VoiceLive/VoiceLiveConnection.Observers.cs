using System;
using System.Threading;

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
            ConnectionObserver[]? observers = _observers;
            if (observers is null)
            {
                return;
            }

            foreach (ConnectionObserver observer in observers)
            {
                try
                {
                    observer.OnReceived(this, serverEvent);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, serverEvent.Type, ex);
                }
            }
        }

        private void NotifySent(ClientEvent clientEvent)
        {
            if (clientEvent is ClientEventResponseCancel cancel)
            {
                _responseLifecycle.OnCancelSent(cancel.ResponseId);
            }

            ConnectionObserver[]? observers = _observers;
            if (observers is null)
            {
                return;
            }

            foreach (ConnectionObserver observer in observers)
            {
                try
                {
                    observer.OnSent(this, clientEvent);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, clientEvent.Type, ex);
                }
            }
        }

        private void NotifyAudioAppended(int byteCount)
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
                    observer.OnAudioAppended(this, byteCount);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, WireNames.InputAudioBufferAppend, ex);
                }
            }
        }

        private void NotifyRawSent(string eventType, ReadOnlySpan<byte> json)
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
                    observer.OnRawSent(this, eventType, json);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, eventType, ex);
                }
            }
        }

        private void NotifyClosed(CloseInfo info)
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
                    observer.OnClosed(this, info.Status, info.Description);
                }
                catch (Exception ex)
                {
                    Log.ObserverFailed(_logger, observer.GetType().Name, "close", ex);
                }
            }
        }
    }
}
