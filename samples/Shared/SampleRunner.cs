using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples
{
    /// <summary>Runs a sample's body under an overall time limit and turns failures into a message and an exit code.</summary>
    internal static class SampleRunner
    {
        /// <summary>Runs <paramref name="body"/>; returns its exit code, 1 on an error, 2 on a timeout or Ctrl+C.</summary>
        public static async Task<int> RunAsync(TimeSpan timeout, Func<CancellationToken, Task<int>> body)
        {
            using CancellationTokenSource cts = new CancellationTokenSource(timeout);

            // Ctrl+C ends the sample cleanly instead of killing it mid-write.
            bool interrupted = false;
            ConsoleCancelEventHandler onCtrlC = (_, e) =>
            {
                e.Cancel = true;
                interrupted = true;
                cts.Cancel();
            };
            Console.CancelKeyPress += onCtrlC;

            try
            {
                return await body(cts.Token);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                Console.Error.WriteLine(interrupted ? "Cancelled." : $"FAILED: timed out after {timeout.TotalSeconds:0} s.");
                return 2;
            }
            catch (VoiceLiveConnectionException ex)
            {
                Console.Error.WriteLine($"FAILED: could not connect: {ex.Message}" + (ex.Status != 0 ? $" (HTTP {ex.Status})" : ""));
                return 1;
            }
            catch (VoiceLiveConnectionClosedException ex)
            {
                Console.Error.WriteLine($"FAILED: the connection closed ({ex.CloseStatus} {ex.CloseStatusDescription}).");
                return 1;
            }
            catch (SampleFailedException ex)
            {
                Console.Error.WriteLine($"FAILED: {ex.Message}");
                return 1;
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"FAILED: {ex.GetType().Name}: {ex.Message}");
                return 1;
            }
            finally
            {
                Console.CancelKeyPress -= onCtrlC;
            }
        }
    }
}
