using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

// One copy for the test projects that drive time (each includes tests/Shared/Time in its project file: the others do
// not reference Microsoft.Extensions.TimeProvider.Testing). Root namespace, as TestTimeouts.
namespace VoiceLive
{
    /// <summary>
    /// A fake clock that reports each timer as it is created, so a test advances time exactly to a wait's end once the
    /// code is waiting: never before, which would race the timer's creation (a timer created after an advance is due
    /// from the time it was created, so an early advance proves nothing).
    /// </summary>
    internal sealed class SignallingTimeProvider : FakeTimeProvider
    {
        private static readonly TimeSpan LastStep = TimeSpan.FromMilliseconds(1);
        private readonly Channel<DateTimeOffset> _timers = Channel.CreateUnbounded<DateTimeOffset>();
        private readonly object _gate = new();
        private readonly List<TimeSpan> _created = new();
        private readonly List<(TimeSpan DueTime, int Count, TaskCompletionSource Seen)> _waiters = new();

        /// <inheritdoc />
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            DateTimeOffset due = GetUtcNow() + dueTime;
            ITimer timer = base.CreateTimer(callback, state, dueTime, period);
            lock (_gate)
            {
                _created.Add(dueTime);
                int created = _created.Count(d => d == dueTime);
                for (int i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].DueTime == dueTime && created >= _waiters[i].Count)
                    {
                        _waiters[i].Seen.TrySetResult();
                        _waiters.RemoveAt(i);
                    }
                }
            }

            _timers.Writer.TryWrite(due);
            return timer;
        }

        /// <summary>How many timers due after <paramref name="dueTime"/> have been created so far.</summary>
        public int TimersCreated(TimeSpan dueTime)
        {
            lock (_gate)
            {
                return _created.Count(d => d == dueTime);
            }
        }

        /// <summary>
        /// Completes once a timer due after <paramref name="dueTime"/> has been created (already or later): from then on,
        /// advancing the clock by <paramref name="dueTime"/> expires it. Fails loudly, naming <paramref name="what"/>,
        /// after <see cref="TestTimeouts.Default"/>.
        /// </summary>
        public Task WaitForTimerAsync(TimeSpan dueTime, string what) => WaitForTimersAsync(dueTime, 1, what);

        /// <summary>As <see cref="WaitForTimerAsync"/>, once <paramref name="count"/> such timers have been created.</summary>
        public Task WaitForTimersAsync(TimeSpan dueTime, int count, string what)
        {
            lock (_gate)
            {
                if (_created.Count(d => d == dueTime) >= count)
                {
                    return Task.CompletedTask;
                }

                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((dueTime, count, seen));
                return seen.Task.OrTimeout(what);
            }
        }

        /// <summary>
        /// Proves a wait ends exactly at <paramref name="deadline"/>: advances the clock to one millisecond short of it,
        /// asserts <paramref name="work"/> has not ended (failing with <paramref name="endedEarly"/>), then advances the
        /// last millisecond. The caller awaits <paramref name="work"/> afterwards.
        /// </summary>
        public void AdvanceThroughDeadline(TimeSpan deadline, Task work, string endedEarly)
        {
            Advance(deadline - LastStep);
            Assert.False(work.IsCompleted, endedEarly);
            Advance(LastStep);
        }

        /// <summary>
        /// Waits until a client connecting on this clock has its WebSocket: the library's keep-alive monitor creates its
        /// timer unarmed (an infinite due time) as the socket is built, and no other timer of a connect is unarmed. A
        /// server that has seen the connection does not mean the client has read the 101 yet.
        /// </summary>
        public Task WaitForClientSocketAsync() => WaitForTimerAsync(Timeout.InfiniteTimeSpan, "the client's socket to open (its keep-alive monitor's timer)");

        /// <summary>
        /// Advances the clock to the end of each timer as it is created, until <paramref name="work"/> ends. A timer
        /// whose end the clock has already reached (the test advanced past it itself) moves the clock no further.
        /// </summary>
        public async Task DriveUntilAsync(Task work)
        {
            while (true)
            {
                Task<DateTimeOffset> next = _timers.Reader.ReadAsync().AsTask();
                Task first = await Task.WhenAny(work, next).OrTimeout("the code under test to wait or finish");
                if (first == work)
                {
                    return;
                }

                TimeSpan left = await next - GetUtcNow();
                if (left > TimeSpan.Zero)
                {
                    Advance(left);
                }
            }
        }
    }
}
