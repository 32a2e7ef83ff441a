using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>Many senders and the event loop at once, for seconds, against the emulator.</summary>
    public class StressTests
    {
        private static readonly TimeSpan Duration = TimeSpan.FromSeconds(Reliability.IntFromEnvironment("VOICELIVE_STRESS_SECONDS", 10));

        private readonly ITestOutputHelper _output;

        public StressTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Sixteen_senders_and_the_event_loop_for_ten_seconds_every_frame_whole_no_deadlock_no_unobserved_exception()
        {
            var unobserved = new ConcurrentQueue<Exception>();
            void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Enqueue(e.Exception);
            TaskScheduler.UnobservedTaskException += OnUnobserved;
            try
            {
                await RunAsync(unobserved);
            }
            finally
            {
                TaskScheduler.UnobservedTaskException -= OnUnobserved;
            }
        }

        private async Task RunAsync(ConcurrentQueue<Exception> unobserved)
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            // The emulator handles frames one by one and lags behind 16 senders: give the close handshake time to reach
            // the end of its backlog (a close timeout would abort, and the stream would end as 1006, as documented).
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, configure: o => o.CloseTimeout = TimeSpan.FromSeconds(60));
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Reliability.Timeout);

            // No server VAD: appends only fill the buffer; responses come from response.create alone.
            await connection.Session.UpdateAsync(new RequestSession { TurnDetection = TurnDetection.Disabled, Modalities = { Modality.Text } });

            // A window of unanswered requests keeps the emulator (which handles frames one at a time) from lagging seconds
            // behind; the senders still contend for the connection all the time.
            using var window = new SemaphoreSlim(256); // no maximum: an assistant item.created releases one extra, harmlessly
            var received = new ConcurrentDictionary<string, int>();
            Task eventLoop = Task.Run(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    received.AddOrUpdate(evt.Type, 1, (_, n) => n + 1);
                    if (evt is ServerEventSessionUpdated || evt is ServerEventConversationItemCreated || evt is ServerEventResponseCreated || evt is ServerEventError)
                    {
                        window.Release();
                    }
                    if (evt is MalformedServerEvent malformed)
                    {
                        throw new InvalidOperationException("The client could not read a server frame: " + malformed.Error);
                    }
                }
            });

            var sent = new long[4];
            var audio = new byte[480];
            new Random(7).NextBytes(audio);
            using var stop = new CancellationTokenSource(Duration);
            var clock = Stopwatch.StartNew();
            Task[] senders = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            {
                int kind = i % 4;
                int n = 0;
                while (!stop.IsCancellationRequested)
                {
                    if (kind != 0)
                    {
                        await window.WaitAsync();
                    }

                    switch (kind)
                    {
                        case 0:
                            await connection.InputAudioBuffer.AppendAsync(audio);
                            break;
                        case 1:
                            await connection.Session.UpdateAsync(new RequestSession { Instructions = $"sender {i} update {n}" });
                            break;
                        case 2:
                            await connection.Conversation.Item.CreateAsync(new UserMessageItem($"sender {i} item {n}"));
                            break;
                        default:
                            await connection.Response.CreateAsync();
                            break;
                    }

                    Interlocked.Increment(ref sent[kind]);
                    n++;
                }
            })).ToArray();

            await Task.WhenAll(senders).OrTimeout("senders (deadlock?)", Duration + Reliability.Timeout);
            clock.Stop();
            long total = sent.Sum();

            // The close frame follows every data frame on the wire: once the emulator has seen it, its record is complete.
            var closing = Stopwatch.StartNew();
            await connection.CloseAsync().OrTimeout("close after the stress", TimeSpan.FromSeconds(90));
            closing.Stop();
            await eventLoop.OrTimeout("event loop ends normally after close");
            await connection.DisposeAsync();
            await server.Completion.OrTimeout("emulator sees the close");

            // Every frame the client completed reached the emulator, whole and valid.
            IReadOnlyList<EmulatorReceivedEvent> frames = server.ReceivedEvents;
            var expectedTypes = new HashSet<string> { "input_audio_buffer.append", "session.update", "conversation.item.create", "response.create" };
            Assert.True(total + 1 == frames.Count, $"the client completed {total + 1} sends, the emulator received {frames.Count} frames"); // + the first session.update
            foreach (EmulatorReceivedEvent frame in frames)
            {
                Assert.False(frame.IsBinary);
                Assert.NotNull(frame.Type);
                Assert.Contains(frame.Type!, expectedTypes);
                using JsonDocument _ = JsonDocument.Parse(frame.Json);
            }

            Assert.Equal(sent[0], frames.Count(f => f.Type == "input_audio_buffer.append"));
            Assert.Equal(sent[1] + 1, frames.Count(f => f.Type == "session.update"));
            Assert.Equal(sent[2], frames.Count(f => f.Type == "conversation.item.create"));
            Assert.Equal(sent[3], frames.Count(f => f.Type == "response.create"));

            // Anything the library left unobserved is reported by the finalizer thread after a collection.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.Empty(unobserved);

            _output.WriteLine(
                $"{clock.Elapsed.TotalSeconds:0.0} s (+ {closing.Elapsed.TotalSeconds:0.0} s for the emulator to drain and close): sent {total} frames (appends {sent[0]}, session updates {sent[1]}, item creates {sent[2]}, response creates {sent[3]}); " +
                $"received {received.Values.Sum()} events: " + string.Join(", ", received.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
            Assert.All(sent, count => Assert.True(count > 0));
        }
    }
}
