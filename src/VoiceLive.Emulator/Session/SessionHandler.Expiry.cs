using System;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>The session's maximum duration (<see cref="EmulatorFaults.MaxSessionMs"/>): close 1001 <c>session_expired</c> when it is up.</summary>
    internal sealed partial class SessionHandler
    {
        private void StartExpiryTimer()
        {
            if (_faults.MaxSessionMs <= 0)
            {
                return;
            }

            _ = ExpireAsync(TimeSpan.FromMilliseconds(_faults.MaxSessionMs));
        }

        private async Task ExpireAsync(TimeSpan lifetime)
        {
            try
            {
                // The emulator's own clock, as the service's: the test waits for the close on the client side.
                await Task.Delay(lifetime, _lifetime).ConfigureAwait(false);
                if (!IsGone)
                {
                    await CloseOutputAsync(1001, "session_expired").ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The emulator stopped first.
            }
        }
    }
}
