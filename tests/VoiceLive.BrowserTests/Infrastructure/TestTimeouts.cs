using System;
using System.Threading.Tasks;

namespace VoiceLive.BrowserTests
{
    /// <summary>Waits that fail loudly instead of hanging; generous, because CI machines are small and shared.</summary>
    public static class TestTimeouts
    {
        public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

        public static async Task<T> OrTimeout<T>(this Task<T> task, string what, TimeSpan? timeout = null)
        {
            Task finished = await Task.WhenAny(task, Task.Delay(timeout ?? Default)).ConfigureAwait(false);
            if (finished != task)
            {
                throw new TimeoutException($"Timed out after {(timeout ?? Default).TotalSeconds:0} s waiting for {what}.");
            }

            return await task.ConfigureAwait(false);
        }

        public static async Task OrTimeout(this Task task, string what, TimeSpan? timeout = null)
        {
            Task finished = await Task.WhenAny(task, Task.Delay(timeout ?? Default)).ConfigureAwait(false);
            if (finished != task)
            {
                throw new TimeoutException($"Timed out after {(timeout ?? Default).TotalSeconds:0} s waiting for {what}.");
            }

            await task.ConfigureAwait(false);
        }
    }
}
