#if NET7_0_OR_GREATER
using System;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;

namespace VoiceLive.Transport
{
    /// <summary>
    /// Dead-peer detection for the library's own transport, in place of the runtime WebSocket's
    /// <c>KeepAliveTimeout</c>. Why not the runtime's: once a timeout is set, the runtime's WebSocket takes its state
    /// lock on every send and every receive to track the pong, a cost every frame pays (benchmarks/README.md). Here the
    /// frames pay nothing but two counter writes per socket read: any byte read is proof of life, counted by
    /// <see cref="ReadBufferingStream"/>; when nothing has been read for one keep-alive interval, a masked ping goes out
    /// between two whole frames (the stream serialises writes); and when a read has waited since that ping for the whole
    /// timeout with nothing arriving, the socket is aborted and the connection reports a 1006 that says so.
    /// <para>
    /// A read must be waiting for the verdict: when the app has stopped reading, the pong sits in the kernel's buffer
    /// unread, and a silent app is not a dead service, so the timeout starts over from the app's next read.
    /// </para>
    /// Time runs on the client options' <see cref="TimeProvider"/>. The timer is one-shot and rescheduled from its own
    /// callback, so ticks never overlap; it holds the monitor weakly, so a socket the app drops without disposing is not
    /// kept alive (or pinged) by it.
    /// </summary>
    internal sealed class KeepAliveMonitor : IDisposable
    {
        private static readonly ConditionalWeakTable<WebSocket, KeepAliveMonitor> s_monitors = new ConditionalWeakTable<WebSocket, KeepAliveMonitor>();

        private readonly ReadBufferingStream _stream;
        private readonly WeakReference<WebSocket> _socket;
        private readonly TimeSpan _interval;
        private readonly TimeSpan _timeout;
        private readonly ITimer _timer;
        private long _seenActivity;
        private bool _awaitingPong;
        private int _stopped;
        private volatile bool _timedOut;

        private KeepAliveMonitor(WebSocket socket, ReadBufferingStream stream, TimeSpan interval, TimeSpan timeout, TimeProvider time)
        {
            _socket = new WeakReference<WebSocket>(socket);
            _stream = stream;
            _interval = interval;
            _timeout = timeout;
            _seenActivity = stream.ReadActivity;
            _timer = time.CreateTimer(static state => Tick((WeakReference<KeepAliveMonitor>)state!), new WeakReference<KeepAliveMonitor>(this), Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        /// <summary>Whether this monitor aborted its socket because the peer went silent (for tests).</summary>
        internal bool TimedOut => _timedOut;

        /// <summary>
        /// Starts watching <paramref name="socket"/>, which must run over <paramref name="stream"/> (a stream with its
        /// write gate on). The stream stops the monitor when the socket disposes it.
        /// </summary>
        public static KeepAliveMonitor Start(WebSocket socket, ReadBufferingStream stream, TimeSpan interval, TimeSpan timeout, TimeProvider time)
        {
            var monitor = new KeepAliveMonitor(socket, stream, interval, timeout, time);
            s_monitors.AddOrUpdate(socket, monitor);
            stream.Monitor = monitor;
            monitor.Schedule(interval);
            return monitor;
        }

        /// <summary>
        /// Whether <paramref name="socket"/> was aborted by its keep-alive monitor. Asked only when an operation on it
        /// failed, so the lookup costs nothing while the connection is healthy.
        /// </summary>
        public static bool HasTimedOut(WebSocket socket)
            => s_monitors.TryGetValue(socket, out KeepAliveMonitor? monitor) && monitor.TimedOut;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 0)
            {
                _timer.Dispose();
            }
        }

        private static void Tick(WeakReference<KeepAliveMonitor> reference)
        {
            if (reference.TryGetTarget(out KeepAliveMonitor? monitor))
            {
                monitor.Tick();
            }
        }

        private void Tick()
        {
            if (Volatile.Read(ref _stopped) != 0)
            {
                return;
            }

            if (!_socket.TryGetTarget(out WebSocket? socket) || socket.State != WebSocketState.Open)
            {
                // Closing or closed: the close handshake has its own timeout, and no ping may follow our close frame.
                Dispose();
                return;
            }

            long activity = _stream.ReadActivity;

            // Every read adds one as it begins and one as it ends: half the count is the reads that ended, and a read
            // ends only when bytes came (or the connection did). Beginning a read proves nothing.
            bool heardSinceLastTick = (activity >> 1) != (_seenActivity >> 1);
            bool readWaiting = (activity & 1) != 0;
            bool sameRead = activity == _seenActivity;
            _seenActivity = activity;
            if (!_awaitingPong)
            {
                if (!heardSinceLastTick)
                {
                    _awaitingPong = true;
                    _stream.SendPing();
                    Schedule(_timeout);
                    return;
                }

                Schedule(_interval);
                return;
            }

            if (heardSinceLastTick)
            {
                // Bytes came since the ping: the peer is alive.
                _awaitingPong = false;
                Schedule(_interval);
                return;
            }

            if (readWaiting && sameRead)
            {
                // A read has waited since before the ping, the whole timeout, and not one byte came: the peer is gone.
                _timedOut = true;
                Dispose();
                socket.Abort();
                return;
            }

            // Nobody was reading (or a read began only after the ping): the silence is the app's, not the peer's. The
            // read that comes next gets the whole timeout.
            Schedule(_timeout);
        }

        private void Schedule(TimeSpan due)
        {
            try
            {
                _timer.Change(due, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Stopped between the check and here: nothing is left to watch.
            }
        }
    }
}
#endif
