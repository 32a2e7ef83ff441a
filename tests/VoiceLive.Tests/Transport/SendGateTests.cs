using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// The connection's send slot: one holder at a time, waiters served in arrival order, and a cancelled waiter
    /// neither takes the slot nor loses a release meant for it.
    /// </summary>
    public class SendGateTests
    {
        [Fact]
        public void AFreeSlotIsTakenAtOnce()
        {
            var gate = new SendGate();
            Assert.True(TookAtOnce(gate.WaitAsync(CancellationToken.None)));
            gate.Release();
            Assert.True(TookAtOnce(gate.WaitAsync(CancellationToken.None)));
        }

        [Fact]
        public async Task WaitersGetTheSlotOneAtATimeInArrivalOrder()
        {
            var gate = new SendGate();
            await gate.WaitAsync(CancellationToken.None);
            var order = new List<int>();
            var waiters = new List<Task>();
            for (int i = 0; i < 5; i++)
            {
                int id = i;
                ValueTask wait = gate.WaitAsync(CancellationToken.None);
                Assert.False(wait.IsCompleted);
                waiters.Add(TakeAndRecord(wait, id));
            }

            async Task TakeAndRecord(ValueTask wait, int id)
            {
                await wait;
                lock (order)
                {
                    order.Add(id);
                }

                gate.Release();
            }

            gate.Release();
            await Task.WhenAll(waiters).OrTimeout("the five waiters to take and release the slot");
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, order);
            Assert.True(TookAtOnce(gate.WaitAsync(CancellationToken.None)));
        }

        [Fact]
        public async Task AnAlreadyCancelledWaitThrowsAndTakesNothing()
        {
            var gate = new SendGate();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            await Assert.ThrowsAsync<TaskCanceledException>(() => gate.WaitAsync(cancelled.Token).AsTask());
            Assert.True(TookAtOnce(gate.WaitAsync(CancellationToken.None)));
        }

        [Fact]
        public async Task ACancelledWaiterPassesTheSlotOnToTheNextOne()
        {
            var gate = new SendGate();
            await gate.WaitAsync(CancellationToken.None);
            using var cancel = new CancellationTokenSource();
            Task cancelledWait = gate.WaitAsync(cancel.Token).AsTask();
            Task nextWait = gate.WaitAsync(CancellationToken.None).AsTask();
            cancel.Cancel();
            // What SemaphoreSlim throws for a wait cancelled while it waits (the gate's callers saw the same before).
            await Assert.ThrowsAsync<OperationCanceledException>(() => cancelledWait).OrTimeout("the cancelled wait to end");
            Assert.False(nextWait.IsCompleted);

            gate.Release();
            await nextWait.OrTimeout("the waiter behind the cancelled one to get the slot");
            ValueTask afterIt = gate.WaitAsync(CancellationToken.None);
            Assert.False(afterIt.IsCompleted); // Still held by the second waiter: the cancelled one took nothing.
            gate.Release();
            await afterIt.AsTask().OrTimeout("the slot to come free again");
        }

        [Fact]
        public async Task ManyConcurrentHoldersNeverOverlap()
        {
            var gate = new SendGate();
            int inside = 0;
            int overlaps = 0;
            async Task Worker()
            {
                for (int i = 0; i < 2_000; i++)
                {
                    await gate.WaitAsync(CancellationToken.None);
                    if (Interlocked.Increment(ref inside) != 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    if (i % 16 == 0)
                    {
                        await Task.Yield();
                    }

                    Interlocked.Decrement(ref inside);
                    gate.Release();
                }
            }

            var workers = new Task[8];
            for (int w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Run(Worker);
            }

            await Task.WhenAll(workers).OrTimeout("eight workers to pass the slot 16,000 times");
            Assert.Equal(0, overlaps);
            Assert.True(TookAtOnce(gate.WaitAsync(CancellationToken.None)));
        }

        // Consumes the wait (a ValueTask is observed once) and says whether it had completed synchronously.
        private static bool TookAtOnce(ValueTask wait)
        {
            bool completed = wait.IsCompletedSuccessfully;
            if (completed)
            {
                wait.GetAwaiter().GetResult();
            }

            return completed;
        }
    }
}
