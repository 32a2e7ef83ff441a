using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Replaces the console lifetime the web host would install: an emulator running inside a test or sample must
    /// not take over the process's Ctrl+C or SIGTERM handling. The runnable host handles signals itself.
    /// </summary>
    internal sealed class NoHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken)
        {
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            return Task.CompletedTask;
        }
    }
}
