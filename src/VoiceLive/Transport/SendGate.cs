using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    /// <summary>
    /// The connection's send slot: one frame on the socket at a time, callers served in arrival order. Why not a bare
    /// <see cref="SemaphoreSlim"/>: its every wait and release take a monitor, which a steady stream of appends pays twice
    /// per frame; here an uncontended send costs two interlocked operations, and only a caller that finds the slot taken
    /// waits on the semaphore, which the holder then hands the slot through.
    /// </summary>
    internal sealed class SendGate
    {
        /// <summary>For the send benchmark only: gates created while this is set use the semaphore for every call.</summary>
        internal static bool SemaphoreOnly;

        // The holder plus the callers waiting: 0 = free, 1 = held, n = held with n - 1 waiting.
        private int _count;
        private readonly SemaphoreSlim _handOff;
        private readonly bool _semaphoreOnly = SemaphoreOnly;

        public SendGate()
        {
            _handOff = _semaphoreOnly ? new SemaphoreSlim(1, 1) : new SemaphoreSlim(0, int.MaxValue);
        }

        /// <summary>Takes the slot; a cancelled wait throws <see cref="OperationCanceledException"/> and takes nothing.</summary>
        public ValueTask WaitAsync(CancellationToken cancellationToken)
        {
            if (_semaphoreOnly)
            {
                return new ValueTask(_handOff.WaitAsync(cancellationToken));
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return new ValueTask(Task.FromCanceled(cancellationToken));
            }

            return Interlocked.Increment(ref _count) == 1 ? default : WaitForHandOffAsync(cancellationToken);
        }

        /// <summary>Gives the slot back, to the longest waiting caller if there is one.</summary>
        public void Release()
        {
            if (_semaphoreOnly || Interlocked.Decrement(ref _count) > 0)
            {
                _handOff.Release();
            }
        }

        private async ValueTask WaitForHandOffAsync(CancellationToken cancellationToken)
        {
            Task handOff = _handOff.WaitAsync(cancellationToken);
            try
            {
                await handOff.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (handOff.IsCanceled)
            {
                // This caller is still counted, so a holder's release may be meant for it: take that hand-off when it
                // comes and pass it straight on, so the slot never stays with a caller that has gone.
                PassOnWhenHandedOff();
                throw;
            }
        }

        private void PassOnWhenHandedOff()
            => _ = _handOff.WaitAsync().ContinueWith(static (_, state) => ((SendGate)state!).Release(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
