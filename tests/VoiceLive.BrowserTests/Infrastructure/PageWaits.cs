using System;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace VoiceLive.BrowserTests
{
    public static class PageWaits
    {
        // Covers a conversation of ~20 s of real-time audio on a loaded 2-core machine.
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

        /// <summary>Waits until <paramref name="predicate"/> (a JS function) is true in the page; on timeout, fails with what the page shows.</summary>
        public static async Task WaitForAsync(IPage page, string what, string predicate)
        {
            try
            {
                await page.WaitForFunctionAsync(predicate, null, new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 100 });
            }
            catch (TimeoutException)
            {
                ConversationSnapshot snapshot = await ConversationSnapshot.ReadAsync(page);
                throw new TimeoutException($"Timed out after {Timeout.TotalSeconds:0} s waiting for {what}. The page: {snapshot.Describe()}");
            }
        }
    }
}
