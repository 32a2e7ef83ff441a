using System;
using System.Threading;
using System.Threading.Tasks;

// One copy for every test project (compiled into each by tests/Directory.Build.props). It lives in the root namespace so
// that the extensions are in scope in every test namespace (VoiceLive.Tests, VoiceLive.BrowserTests, ...) unasked.
namespace VoiceLive
{
    /// <summary>Bounds for waits in tests: a hang fails loudly, naming what it waited for, instead of never ending.</summary>
    internal static class TestTimeouts
    {
        /// <summary>Generous: a loaded 2-core CI machine must never trip it.</summary>
        public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

        /// <summary>A token cancelled after <see cref="Default"/>.</summary>
        public static CancellationToken Token() => new CancellationTokenSource(Default).Token;

        /// <summary>A source cancelled after <see cref="Default"/>, for a test that also cancels it itself.</summary>
        public static CancellationTokenSource Source() => new CancellationTokenSource(Default);

        /// <summary>The task's result, or a <see cref="TimeoutException"/> naming <paramref name="what"/> after the bound.</summary>
        public static async Task<T> OrTimeout<T>(this Task<T> task, string what, TimeSpan? timeout = null)
        {
            await WaitAsync(task, what, timeout).ConfigureAwait(false);
            return await task.ConfigureAwait(false);
        }

        /// <summary>The task's completion, or a <see cref="TimeoutException"/> naming <paramref name="what"/> after the bound.</summary>
        public static async Task OrTimeout(this Task task, string what, TimeSpan? timeout = null)
        {
            await WaitAsync(task, what, timeout).ConfigureAwait(false);
            await task.ConfigureAwait(false);
        }

        /// <summary>As <see cref="OrTimeout{T}(Task{T}, string, TimeSpan?)"/>, for a value task.</summary>
        public static Task<T> OrTimeout<T>(this ValueTask<T> task, string what, TimeSpan? timeout = null) => task.AsTask().OrTimeout(what, timeout);

        /// <summary>As <see cref="OrTimeout(Task, string, TimeSpan?)"/>, for a value task.</summary>
        public static Task OrTimeout(this ValueTask task, string what, TimeSpan? timeout = null) => task.AsTask().OrTimeout(what, timeout);

        private static async Task WaitAsync(Task task, string what, TimeSpan? timeout)
        {
            TimeSpan bound = timeout ?? Default;
            using var cancel = new CancellationTokenSource();
            Task winner = await Task.WhenAny(task, Task.Delay(bound, cancel.Token)).ConfigureAwait(false);
            if (winner != task)
            {
                throw new TimeoutException($"Timed out after {bound.TotalSeconds:0} s waiting for {what}.");
            }

            // The timer is not left running after the task won.
            cancel.Cancel();
        }
    }
}
