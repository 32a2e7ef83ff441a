using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>
    /// The real MEAI pipeline (UseFunctionInvocation, UseOpenTelemetry, UseLogging) over the provider, against the emulator:
    /// a question makes the model call a tool, the middleware invokes it, the output goes back and the follow-up response
    /// streams. The emulator calls a tool whose name words are in what the user said (docs/emulator.md, Replies).
    /// </summary>
    public sealed class FunctionInvocationTests : IDisposable
    {
        private readonly CapturingLoggerProvider _logs = new();

        /// <summary>Disposes the captured logs after each test (xunit makes one instance per test).</summary>
        public void Dispose() => _logs.Dispose();

        private static bool IsResponseDone(RealtimeServerMessage message) => message.Type == RealtimeServerMessageType.ResponseDone;

        private static string TranscriptOf(IEnumerable<RealtimeServerMessage> messages)
            => messages.OfType<OutputTextAudioRealtimeServerMessage>().Last(m => m.Type == RealtimeServerMessageType.OutputAudioTranscriptionDone).Text!;

        /// <summary>Reads until the second response.done: the one that made the call, then the follow-up.</summary>
        private static async Task<List<RealtimeServerMessage>> UntilFollowUpDoneAsync(MessageReader reader)
        {
            List<RealtimeServerMessage> first = await reader.UntilResponseDoneAsync();
            List<RealtimeServerMessage> second = await reader.UntilResponseDoneAsync();
            return first.Concat(second).ToList();
        }

        [Fact]
        public async Task A_text_question_invokes_the_tool_once_and_the_follow_up_response_streams()
        {
            var calls = new ConcurrentQueue<string>();
            AIFunction weather = AIFunctionFactory.Create((string location) =>
            {
                calls.Enqueue(location);
                return new { temperature_c = 18, sky = "sunny" };
            }, "get_weather", "Current weather for a city.");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { weather } });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "What's the weather like in Paris?");
            List<RealtimeServerMessage> messages = await UntilFollowUpDoneAsync(reader);

            Assert.Equal(new[] { "Paris" }, calls.ToArray());
            var callItem = (ResponseOutputItemRealtimeServerMessage)messages.Single(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone && ((ResponseOutputItemRealtimeServerMessage)m).Item!.Contents.Any(c => c is FunctionCallContent));
            FunctionCallContent call = Assert.IsType<FunctionCallContent>(Assert.Single(callItem.Item!.Contents));
            Assert.Equal("get_weather", call.Name);
            Assert.Equal("Here is what get_weather returned: {\"temperature_c\":18,\"sky\":\"sunny\"}", TranscriptOf(messages));
            Assert.DoesNotContain(messages, m => m.Type == RealtimeServerMessageType.Error);

            // On the wire: one output for the call, and exactly one follow-up response.create, sent after the first response was done.
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            JsonNode output = Assert.Single(TestHarness.Received(server, "conversation.item.create"), e => (string?)e["item"]!["type"] == "function_call_output");
            Assert.Equal(call.CallId, (string?)output["item"]!["call_id"]);
            Assert.Equal(2, TestHarness.Received(server, "response.create").Count);
        }

        [Fact]
        public async Task A_spoken_question_invokes_the_tool()
        {
            var calls = new ConcurrentQueue<string>();
            AIFunction weather = AIFunctionFactory.Create((string location) => { calls.Enqueue(location); return "rainy"; }, "get_weather");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions
            {
                Tools = new AITool[] { weather },
                TranscriptionOptions = new TranscriptionOptions(),
                VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = true },
            });
            await using var reader = new MessageReader(session);
            await reader.UntilAsync<ServerEventSessionUpdated>();

            byte[] speech = EmulatorAudio.ToBytes(EmulatorSpeech.Silence(300, 24000).Concat(EmulatorSpeech.Synthesize("What's the weather in Oslo", 24000)).Concat(EmulatorSpeech.Silence(1000, 24000)).ToArray());
            await session.SendAsync(new InputAudioBufferAppendRealtimeClientMessage(new DataContent(speech, "audio/pcm")));
            List<RealtimeServerMessage> messages = await UntilFollowUpDoneAsync(reader);

            Assert.Equal(new[] { "Oslo" }, calls.ToArray());
            Assert.Equal("What's the weather in Oslo", messages.OfType<InputAudioTranscriptionRealtimeServerMessage>().Single(m => m.Type == RealtimeServerMessageType.InputAudioTranscriptionCompleted).Transcription);
            Assert.Equal("Here is what get_weather returned: rainy", TranscriptOf(messages));
        }

        [Fact]
        public async Task A_throwing_function_sends_an_error_output_and_the_session_goes_on()
        {
            AIFunction stock = AIFunctionFactory.Create(new Func<string, string>(_ => throw new InvalidOperationException("stock service down")), "get_stock");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { stock } });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "What is the stock of blue shirts?");
            List<RealtimeServerMessage> messages = await UntilFollowUpDoneAsync(reader);

            Assert.Equal("Here is what get_stock returned: Error: Function invocation failed.", TranscriptOf(messages));
            Assert.Contains(_logs.Lines, line => line.Message.Contains("stock service down", StringComparison.Ordinal));

            // The session goes on: another question gets an ordinary answer.
            await TestHarness.AskAsync(session, "thanks");
            Assert.Equal("You said: \"thanks\".", TranscriptOf(await reader.UntilResponseDoneAsync()));
        }

        [Fact]
        public async Task A_call_to_an_unknown_function_gets_a_not_found_output()
        {
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);

            // The service knows lookup_order (sent through the raw session); the app has no function of that name.
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions
            {
                Tools = new AITool[] { weather },
                RawRepresentationFactory = () =>
                {
                    var raw = new RequestSession();
                    raw.Tools.Add(new FunctionTool("lookup_order") { Parameters = BinaryData.FromString("""{"type":"object","properties":{"order_id":{"type":"string"}},"required":["order_id"]}""") });
                    return raw;
                },
            });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "Please look up my order");
            List<RealtimeServerMessage> messages = await UntilFollowUpDoneAsync(reader);

            Assert.Equal("Here is what lookup_order returned: Error: Function not found.", TranscriptOf(messages));
        }

        [Fact]
        public async Task Arguments_that_do_not_bind_give_an_error_output()
        {
            AIFunction lookup = AIFunctionFactory.Create((int orderNumber) => "shipped", "lookup_order");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(context =>
                context.FunctionOutput is null ? EmulatorReply.CallFunction("lookup_order", "not json at all") : EmulatorReply.Say("Output: " + context.FunctionOutput)));
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { lookup } });
            await using var reader = new MessageReader(session);

            await TestHarness.AskAsync(session, "order status");
            List<RealtimeServerMessage> messages = await UntilFollowUpDoneAsync(reader);

            FunctionCallContent call = messages.OfType<ResponseOutputItemRealtimeServerMessage>()
                .Where(m => m.Type == RealtimeServerMessageType.ResponseOutputItemDone).SelectMany(m => m.Item!.Contents).OfType<FunctionCallContent>().Single();
            Assert.NotNull(call.Exception);
            Assert.Equal("Output: Error: Function invocation failed.", TranscriptOf(messages));
        }

        [Fact]
        public async Task The_middleware_traces_and_logs_the_session()
        {
            var activities = new ConcurrentQueue<Activity>();
            using var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == TestHarness.TelemetrySource,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activities.Enqueue,
            };
            ActivitySource.AddActivityListener(listener);
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = _logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator, loggerFactory), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Tools = new AITool[] { weather } });
            await using (var reader = new MessageReader(session))
            {
                await TestHarness.AskAsync(session, "What's the weather in Rome?");
                await UntilFollowUpDoneAsync(reader);
            }

            // OpenTelemetry: spans from the middleware's source, tagged with the provider; the tool execution among them.
            Assert.NotEmpty(activities);
            Assert.Contains(activities, a => (string?)a.GetTagItem("gen_ai.provider.name") == "azure.ai.voicelive");
            Assert.True(activities.Any(a => a.DisplayName.Contains("get_weather", StringComparison.Ordinal)), "activities: " + string.Join(", ", activities.Select(a => a.DisplayName)));

            // Logging: the LoggingRealtimeClient's lines, and the provider's own about the held follow-up.
            Assert.True(_logs.Any(nameof(LoggingRealtimeClient)), "no line from LoggingRealtimeClient");
            Assert.Contains(_logs.Lines, line => line.Category == "VoiceLive.Extensions.AI" && line.Id.Id == 1002);
        }
    }
}
