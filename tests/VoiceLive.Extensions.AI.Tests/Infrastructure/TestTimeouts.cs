using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Extensions.AI.Tests
{
    internal static class TestTimeouts
    {
        /// <summary>Generous: a loaded 2-core CI machine must never trip it; a hang fails loudly instead of forever.</summary>
        public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);

        public static async Task<T> OrTimeout<T>(this Task<T> task, string what)
        {
            Task winner = await Task.WhenAny(task, Task.Delay(Default));
            if (winner != task)
            {
                throw new TimeoutException($"Timed out after {Default} waiting for {what}.");
            }

            return await task;
        }

        public static async Task OrTimeout(this Task task, string what)
        {
            Task winner = await Task.WhenAny(task, Task.Delay(Default));
            if (winner != task)
            {
                throw new TimeoutException($"Timed out after {Default} waiting for {what}.");
            }

            await task;
        }

        public static CancellationTokenSource Source() => new CancellationTokenSource(Default);
    }
}
