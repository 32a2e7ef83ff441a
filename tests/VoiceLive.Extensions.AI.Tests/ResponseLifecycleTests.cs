using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>
    /// MEAI's function invocation sends a response.create per call before the response that made the calls is done; the
    /// emulator, like the service, refuses a create while a response is active. The emulator's BeforeResponseDone hook
    /// holds a response open so that what happens in that window is observed without timing.
    /// </summary>
    public sealed class ResponseLifecycleTests : IDisposable
    {
        private const int HeldLogId = 1001;
        private const int DroppedLogId = 1003;

        private readonly CapturingLoggerProvider _logs = new();

        /// <summary>Disposes the captured logs after each test (xunit makes one instance per test).</summary>
        public void Dispose() => _logs.Dispose();

        private static string TranscriptOf(IEnumerable<RealtimeServerMessage> messages)
            => messages.OfType<OutputTextAudioRealtimeServerMessage>().Last(m => m.Type == RealtimeServerMessageType.OutputAudioTranscriptionDone).Text!;

        /// <summary>Holds the first response before its response.done until <paramref name="release"/> completes.</summary>
        private static Action<VoiceLiveEmulatorOptions> HoldFirstResponse(TaskCompletionSource release)
        {
            int responses = 0;
            return o => o.BeforeResponseDone = (_, token) => Interlocked.Increment(ref responses) == 1 ? release.Task.WaitAsync(token) : Task.CompletedTask;
        }

        /// <summary>Sends a marker through the same socket and waits for the emulator to get it: everything sent before it has arrived.</summary>
        private static async Task FlushAsync(IRealtimeClientSession session, EmulatorConnection server, string marker)
        {
            await session.SendAsync(new RealtimeClientMessage { RawRepresentation = new ClientEventInputAudioBufferClear { EventId = marker } });
            await server.WaitAsync(e => e.EventId == marker, TestTimeouts.Default, marker);
        }

        [Fact]
        public async Task Two_calls_in_one_response_are_both_invoked_and_answered_by_one_follow_up()
        {
            var calls = new ConcurrentQueue<string>();
            AIFunction weather = AIFunctionFactory.Create((string location) => { calls.Enqueue("weather " + location); return "sunny"; }, "get_weather");
            AIFunction time = AIFunctionFactory.Create((string location) => { calls.Enqueue("time " + location); return "09:00"; }, "get_time");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator, loggerFactory), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { weather, time } });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "What's the weather in Paris and the time in Tokyo?");
            List<RealtimeServerMessage> first = await reader.UntilResponseDoneAsync();
            List<RealtimeServerMessage> followUp = await reader.UntilResponseDoneAsync();

            Assert.Equal(new[] { "weather Paris", "time Tokyo" }, calls.ToArray());
            Assert.Equal(2, first.OfType<ResponseOutputItemRealtimeServerMessage>().Count(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone));
            Assert.Equal("Here is what get_weather returned: sunny Here is what get_time returned: 09:00", TranscriptOf(followUp));
            Assert.DoesNotContain(first.Concat(followUp), m => m.Type == RealtimeServerMessageType.Error);

            // On the wire: the two outputs, then one follow-up create (the middleware asked for two).
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            Assert.Equal(2, TestHarness.Received(server, "conversation.item.create").Count(e => (string?)e["item"]!["type"] == "function_call_output"));
            Assert.Equal(2, TestHarness.Received(server, "response.create").Count);
            Assert.Equal(RealtimeResponseStatus.Completed, ((ResponseCreatedRealtimeServerMessage)followUp[^1]).Status);
        }

        [Fact]
        public async Task The_follow_up_create_waits_for_response_done()
        {
            var release = new TaskCompletionSource();
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(HoldFirstResponse(release));
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator, loggerFactory), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { weather } });
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "What's the weather in Paris?");
            Task<List<RealtimeServerMessage>> firstDone = reader.UntilResponseDoneAsync();

            // The tool ran and its output is on the service, but the response is still active: the create is held.
            await _logs.WhenLoggedAsync(HeldLogId).OrTimeout("the follow-up create to be held");
            await FlushAsync(session, server, "marker_while_active");
            Assert.Single(TestHarness.Received(server, "conversation.item.create"), e => (string?)e["item"]!["type"] == "function_call_output");
            Assert.Single(TestHarness.Received(server, "response.create"));

            release.SetResult();
            await firstDone;
            List<RealtimeServerMessage> followUp = await reader.UntilResponseDoneAsync();

            Assert.Equal("Here is what get_weather returned: sunny", TranscriptOf(followUp));
            Assert.Equal(2, TestHarness.Received(server, "response.create").Count);
            Assert.DoesNotContain(reader.Received, m => m.Type == RealtimeServerMessageType.Error);
        }

        [Fact]
        public async Task An_apps_create_response_during_a_response_is_held_instead_of_refused()
        {
            var release = new TaskCompletionSource();
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(HoldFirstResponse(release));
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Client(emulator, loggerFactory).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "first");
            List<RealtimeServerMessage> first = await reader.CollectUntilAsync(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone);
            await TestHarness.AskAsync(session, "second");
            await FlushAsync(session, server, "marker_after_second");
            Assert.Single(TestHarness.Received(server, "response.create"));
            Assert.Equal(2, TestHarness.Received(server, "conversation.item.create").Count);

            release.SetResult();
            first.AddRange(await reader.UntilResponseDoneAsync());
            Assert.Equal("You said: \"first\".", TranscriptOf(first));
            Assert.Equal("You said: \"second\".", TranscriptOf(await reader.UntilResponseDoneAsync()));
            Assert.DoesNotContain(reader.Received, m => m.Type == RealtimeServerMessageType.Error);
        }

        [Fact]
        public async Task Cancelling_the_response_that_made_a_call_drops_the_follow_up()
        {
            var release = new TaskCompletionSource();
            var invoked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            AIFunction weather = AIFunctionFactory.Create((string location) => { invoked.TrySetResult(); return "sunny"; }, "get_weather");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(HoldFirstResponse(release));
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator, loggerFactory), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { weather } });
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "What's the weather in Paris?");
            Task<List<RealtimeServerMessage>> firstDone = reader.UntilResponseDoneAsync();
            await _logs.WhenLoggedAsync(HeldLogId).OrTimeout("the follow-up create to be held");

            // The app cancels mid-response (MEAI has no message for it: our ClientEvent in RawRepresentation).
            await session.SendAsync(new RealtimeClientMessage { RawRepresentation = new ClientEventResponseCancel() });
            var done = (ResponseCreatedRealtimeServerMessage)(await firstDone)[^1];

            Assert.Equal(RealtimeResponseStatus.Cancelled, done.Status);
            await _logs.WhenLoggedAsync(DroppedLogId).OrTimeout("the held create to be dropped");
            Assert.True(invoked.Task.IsCompleted);

            // The session goes on; the next response is the only other create, and it sees the function output.
            await TestHarness.AskAsync(session, "and now?");
            List<RealtimeServerMessage> next = await reader.UntilResponseDoneAsync();
            Assert.Equal(2, TestHarness.Received(server, "response.create").Count);
            Assert.Equal(RealtimeResponseStatus.Completed, ((ResponseCreatedRealtimeServerMessage)next[^1]).Status);
            Assert.DoesNotContain(reader.Received, m => m.Type == RealtimeServerMessageType.Error);
            release.TrySetResult();
        }

        [Fact]
        public async Task Cancelling_the_stream_mid_response_leaves_the_session_usable()
        {
            var release = new TaskCompletionSource();
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(HoldFirstResponse(release));
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();

            using var stop = new CancellationTokenSource();
            await using (var reader = new MessageReader(session, stop.Token))
            {
                await TestHarness.AskAsync(session, "hello");
                await reader.CollectUntilAsync(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone);

                // The emulator holds response.done: this read is pending when the token is cancelled.
                Task<RealtimeServerMessage> pending = reader.NextAsync();
                stop.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending).OrTimeout("the cancelled read");
            }

            release.SetResult();
            await using var again = new MessageReader(session);
            var done = (ResponseCreatedRealtimeServerMessage)(await again.UntilResponseDoneAsync())[^1];
            Assert.Equal(RealtimeResponseStatus.Completed, done.Status);
            await TestHarness.AskAsync(session, "still there?");
            Assert.Equal("You said: \"still there?\".", TranscriptOf(await again.UntilResponseDoneAsync()));
        }

        [Fact]
        public async Task Only_one_enumeration_at_a_time()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            await using var reader = new MessageReader(session);
            await reader.UntilAsync<ServerEventSessionCreated>();

            await using IAsyncEnumerator<RealtimeServerMessage> second = session.GetStreamingResponseAsync().GetAsyncEnumerator();
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await second.MoveNextAsync());
        }
    }
}
