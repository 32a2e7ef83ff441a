using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// The CI smoke run: one scripted call through the running bridge. The caller asks a question and must hear the
    /// emulator's answer; then it asks another and talks over the answer, and must receive <c>clear</c>.
    /// </summary>
    public static class SelfTest
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

        /// <summary>Runs the call; 0 when every check passed.</summary>
        public static async Task<int> RunAsync(PhoneBridgeServer server, CancellationToken cancellationToken)
        {
            const string question = "What are your opening hours?";
            await using SimulatedCaller caller = await SimulatedCaller.CallAsync(server.MediaStreamUri, "MZselftest", cancellationToken);
            await caller.SayAsync(question, realTime: true, cancellationToken);
            string heard = await caller.WaitUntilHeardAsync(h => h.Contains(question, StringComparison.Ordinal) && h.EndsWith('.'), Wait);
            Console.WriteLine($"caller heard: {heard}");
            await caller.WaitUntilAsync(() => caller.HasPlayedEverything, Wait, () => "the handset to play the whole answer");
            if (caller.Clears != 0)
            {
                Console.Error.WriteLine("the bridge cleared the phone while nobody talked over the answer");
                return 1;
            }

            // Barge-in: the caller starts talking as soon as the second answer starts playing.
            int before = caller.HeardBytes;
            await caller.SayAsync("Tell me about your returns policy in detail please.", realTime: true, cancellationToken);
            await caller.WaitUntilHeardBytesAsync(before + 800, Wait);
            await caller.SayAsync("Stop, I have another question.", realTime: true, cancellationToken);
            await caller.WaitUntilAsync(() => caller.Clears > 0, Wait);
            Console.WriteLine($"caller got {caller.Clears} clear after talking over the answer");
            await caller.HangUpAsync(cancellationToken);
            Console.WriteLine("phone bridge self-test: ok");
            return 0;
        }
    }
}
