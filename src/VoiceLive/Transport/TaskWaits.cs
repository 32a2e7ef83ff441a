using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    internal static class TaskWaits
    {
        /// <summary>
        /// Completes when <paramref name="task"/> completes (without observing its result), or throws
        /// <see cref="OperationCanceledException"/> when the token fires first. The task itself keeps running.
        /// </summary>
        public static async Task WhenCompletedOrCanceled(Task task, CancellationToken cancellationToken)
        {
            if (task.IsCompleted)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var canceled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), canceled))
            {
                Task winner = await Task.WhenAny(task, canceled.Task).ConfigureAwait(false);
                if (winner != task)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }
        }
    }
}
