using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Tests.Events;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.Tests.Fuzzing
{
    /// <summary>
    /// Seeded mutation fuzzing of the receive path: mutated fixture frames go through a real
    /// <see cref="VoiceLiveConnection"/> over a scripted socket (reassembly, size cap, parser, logging) and every public
    /// property of the resulting event is read. Every frame must give an event (typed, unknown or malformed) or, for a
    /// frame over MaxMessageSize, the documented <see cref="VoiceLiveProtocolException"/>; nothing else, never a hang.
    /// VOICELIVE_FUZZ_ITERATIONS (default 100,000) and VOICELIVE_FUZZ_SEED (default 20261124) control the run.
    /// </summary>
    [Collection(ProcessHeapCollection.Name)]
    public class ParserFuzzTests
    {
        private const int MaxMessageSize = 1024 * 1024; // 1 MiB: some huge-string mutations exceed it on purpose

        private readonly ITestOutputHelper _output;

        public ParserFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static int EnvInt(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;

        [Fact]
        public async Task Mutated_frames_through_the_real_receive_path_give_an_event_or_a_documented_error()
        {
            int iterations = EnvInt("VOICELIVE_FUZZ_ITERATIONS", 100_000);
            int seed = EnvInt("VOICELIVE_FUZZ_SEED", 20261124);
            string[] seeds = EventFixtures.Examples().Select(e => e.Json).ToArray();
            string[] typeNames = EventFixtures.ServerWireNames.Concat(EventFixtures.ClientWireNames).Concat(new[] { "", "x", "response.audio.delta.extra" }).ToArray();
            var mutator = new FrameMutator(seed, typeNames);
            var outcomes = new Dictionary<string, int>();
            var failures = new List<string>();

            long heapBefore = LiveHeap();
            long peakHeap = heapBefore;
            long heapWarm = heapBefore;
            var clock = Stopwatch.StartNew();
            FuzzConnection fuzz = FuzzConnection.Open();
            try
            {
                for (int i = 0; i < iterations; i++)
                {
                    (byte[] frame, string mutation) = mutator.Mutate(seeds[mutator.Random.Next(seeds.Length)]);
                    int fragment = mutator.Random.Next(10) == 0 ? 1 + mutator.Random.Next(64) : 0;
                    string outcome;
                    try
                    {
                        outcome = await fuzz.FeedAsync(frame, fragment);
                    }
                    catch (VoiceLiveProtocolException) when (frame.Length > MaxMessageSize)
                    {
                        // Documented: an oversized message ends the connection (1009). Carry on with a fresh one.
                        outcome = "VoiceLiveProtocolException (oversized)";
                        await fuzz.DisposeAsync();
                        fuzz = FuzzConnection.Open();
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"iteration {i} ({mutation}, {frame.Length} bytes): {ex.GetType().Name}: {ex.Message}\n  frame (base64): {Convert.ToBase64String(frame.Take(4096).ToArray())}");
                        if (failures.Count >= 10)
                        {
                            break;
                        }

                        await fuzz.DisposeAsync();
                        fuzz = FuzzConnection.Open();
                        continue;
                    }

                    outcomes[outcome] = outcomes.TryGetValue(outcome, out int n) ? n + 1 : 1;
                    if (i == iterations / 10)
                    {
                        // Past warm-up: the shared ArrayPool now holds its buffers of every size, JIT and caches are done.
                        heapWarm = LiveHeap();
                    }

                    if (i % 20_000 == 0)
                    {
                        peakHeap = Math.Max(peakHeap, LiveHeap());
                    }
                }
            }
            finally
            {
                await fuzz.DisposeAsync();
            }

            clock.Stop();
            long heapAfter = LiveHeap();
            peakHeap = Math.Max(peakHeap, heapAfter);
            _output.WriteLine($"{iterations} frames (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s; live heap {heapBefore / 1024} KiB, {heapWarm / 1024} KiB after warm-up, {heapAfter / 1024} KiB at the end (peak sampled {peakHeap / 1024} KiB)");
            foreach (KeyValuePair<string, int> pair in outcomes.OrderByDescending(p => p.Value))
            {
                _output.WriteLine($"  {pair.Value,7} {pair.Key}");
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(outcomes.Where(p => p.Key.StartsWith("Malformed", StringComparison.Ordinal)).Sum(p => p.Value) > iterations / 10, "the mutations hardly ever broke a frame");
            Assert.True(outcomes.Where(p => p.Key.StartsWith("typed", StringComparison.Ordinal)).Sum(p => p.Value) > iterations / 10, "the mutations hardly ever left a frame readable");
            // Bounded: nothing per frame is retained (100,000 frames of about 1 KB would be 100 MB), and the peak stays small.
            Assert.True(heapAfter - heapWarm < 8 * 1024 * 1024, $"the live heap grew by {(heapAfter - heapWarm) / 1024} KiB after warm-up");
            Assert.True(peakHeap < 96 * 1024 * 1024, $"the live heap peaked at {peakHeap / 1024} KiB");
        }

        private static long LiveHeap()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        /// <summary>A connection over a scripted socket, fed one frame at a time.</summary>
        internal sealed class FuzzConnection : IAsyncDisposable
        {
            private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

            private readonly ScriptedWebSocket _socket;
            private readonly VoiceLiveConnection _connection;

            private FuzzConnection(ScriptedWebSocket socket, VoiceLiveConnection connection)
            {
                _socket = socket;
                _connection = connection;
            }

            public static FuzzConnection Open()
            {
                var socket = new ScriptedWebSocket();
                var options = new VoiceLiveClientOptions { MaxMessageSize = MaxMessageSize, CloseTimeout = TimeSpan.FromSeconds(1) };
                return new FuzzConnection(socket, new VoiceLiveConnection(socket, "fuzz", options));
            }

            /// <summary>Delivers one frame and returns the outcome: the event's kind. Throws what the receive path throws.</summary>
            public async Task<string> FeedAsync(byte[] frame, int fragmentSize)
            {
                if (fragmentSize > 0 && frame.Length > fragmentSize)
                {
                    for (int offset = 0; offset < frame.Length; offset += fragmentSize)
                    {
                        int count = Math.Min(fragmentSize, frame.Length - offset);
                        _socket.EnqueueBytes(frame.AsSpan(offset, count).ToArray(), System.Net.WebSockets.WebSocketMessageType.Text, offset + count == frame.Length);
                    }
                }
                else
                {
                    _socket.EnqueueBytes(frame);
                }

                ValueTask<ServerEvent?> receive = _connection.ReceiveAsync();
                ServerEvent? evt = receive.IsCompleted ? receive.Result : await receive.AsTask().WaitAsync(TimeSpan.FromSeconds(10));
                if (evt is null)
                {
                    throw new InvalidOperationException("The stream ended on a data frame.");
                }

                Touch(evt, 0);
                _ = evt.ToString();
                return evt switch
                {
                    MalformedServerEvent m => "Malformed (" + (m.Error?.GetType().Name ?? "no error!") + ")",
                    UnknownServerEvent => "UnknownServerEvent",
                    _ => "typed event",
                };
            }

            /// <summary>Reads every public property, recursively: a lazily decoded field that throws is a failure too.</summary>
            private static void Touch(object? value, int depth)
            {
                if (value is null || depth > 6 || value is string || value is BinaryData || value.GetType().IsPrimitive || value is Enum)
                {
                    return;
                }

                Type type = value.GetType();
                if (value is IEnumerable items && type.Assembly == typeof(object).Assembly || value is IEnumerable && type.IsGenericType)
                {
                    int count = 0;
                    foreach (object? item in (IEnumerable)value)
                    {
                        Touch(item, depth + 1);
                        if (++count > 50)
                        {
                            break;
                        }
                    }

                    return;
                }

                if (type.Assembly != typeof(VoiceLiveConnection).Assembly)
                {
                    return;
                }

                _ = value.ToString();
                foreach (PropertyInfo property in s_properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray()))
                {
                    object? inner;
                    try
                    {
                        inner = property.GetValue(value);
                    }
                    catch (TargetInvocationException ex)
                    {
                        throw new InvalidOperationException($"{type.Name}.{property.Name} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}", ex.InnerException);
                    }

                    Touch(inner, depth + 1);
                }
            }

            public async ValueTask DisposeAsync()
            {
                _socket.EnqueueClose(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null);
                await _connection.DisposeAsync();
            }
        }
    }
}
