using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>The default responder's tool convention: one function call per request of the utterance, all in one response, from text or speech.</summary>
    public class MultipleToolCallTests
    {
        private const string PlaceSchema = """
            {"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}
            """;

        private static RequestSession WeatherAndTimeSession()
        {
            var session = new RequestSession { ToolChoice = ToolChoice.Auto, TurnDetection = new ServerVad() };
            session.Tools.Add(new FunctionTool("get_weather") { Description = "Current weather for a city.", Parameters = BinaryData.FromString(PlaceSchema) });
            session.Tools.Add(new FunctionTool("get_time") { Description = "Local time in a city.", Parameters = BinaryData.FromString(PlaceSchema) });
            return session;
        }

        [Fact]
        public async Task A_text_request_for_two_tools_makes_two_calls_in_one_response_and_the_follow_up_says_both_outputs()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, WeatherAndTimeSession());

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather in Paris and the time in Tokyo?"));
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            List<ServerEventResponseFunctionCallArgumentsDone> calls = AssertCallsStreamedInOrder(events);
            Assert.Equal(new[] { "get_weather", "get_time" }, calls.Select(c => c.Name));
            Assert.Equal(new[] { "Paris", "Tokyo" }, calls.Select(c => Location(c.Arguments)));

            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(calls[0].CallId, "sunny"));
            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(calls[1].CallId, "09:00"));
            await connection.Response.CreateAsync();
            ServerEventResponseAudioTranscriptDone reply = await reader.WaitForAsync<ServerEventResponseAudioTranscriptDone>();

            Assert.Equal("Here is what get_weather returned: sunny Here is what get_time returned: 09:00", reply.Transcript);
        }

        [Fact]
        public async Task The_same_tool_asked_twice_is_called_twice_with_each_requests_arguments()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, WeatherAndTimeSession());

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("weather in Oslo, then weather in Rome"));
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            List<ServerEventResponseFunctionCallArgumentsDone> calls = AssertCallsStreamedInOrder(events);
            Assert.Equal(new[] { ("get_weather", "Oslo"), ("get_weather", "Rome") }, calls.Select(c => (c.Name, Location(c.Arguments))));
        }

        [Fact]
        public async Task A_spoken_request_for_two_tools_makes_two_calls_in_the_response_its_turn_creates()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, WeatherAndTimeSession());

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("What time is it in Lima and how is the weather there", 24000)), 4800);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.Contains(events, e => e is ServerEventInputAudioBufferCommitted);
            List<ServerEventResponseFunctionCallArgumentsDone> calls = AssertCallsStreamedInOrder(events);
            Assert.Equal(new[] { ("get_time", "Lima"), ("get_weather", "Lima") }, calls.Select(c => (c.Name, Location(c.Arguments))));
        }

        [Fact]
        public async Task Response_create_after_the_first_call_is_refused_and_the_response_goes_on_with_the_second()
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BeforeResponseDone = (_, _) => release.Task);
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, WeatherAndTimeSession());

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("the weather in Paris and the time in Tokyo"));
            await connection.Response.CreateAsync();
            ServerEventResponseOutputItemDone firstCall = await reader.WaitForAsync<ServerEventResponseOutputItemDone>();
            Assert.Equal(0, firstCall.OutputIndex);

            // What a naive function-invoking loop does: a follow-up response per call, while the response is still active.
            await connection.Response.CreateAsync(eventId: "per_call_follow_up");
            ServerEventError error = await reader.WaitForAsync<ServerEventError>();
            release.SetResult();
            await reader.WaitForAsync<ServerEventResponseDone>();

            Assert.Equal(("conversation_already_has_active_response", "per_call_follow_up"), (error.Error.Code, error.Error.EventId));
            List<ServerEventResponseFunctionCallArgumentsDone> calls = AssertCallsStreamedInOrder(reader.Received.SkipWhile(e => e is not ServerEventResponseCreated).ToList());
            Assert.Equal(new[] { "get_weather", "get_time" }, calls.Select(c => c.Name));
            Assert.Single(reader.OfType<ServerEventResponseCreated>());
        }

        [Fact]
        public async Task A_custom_responder_can_call_several_functions_at_once()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(context =>
                context.FunctionOutputs.Count > 0
                    ? EmulatorReply.Say(string.Join(",", context.FunctionOutputs.Select(f => $"{f.Name}={f.Output}")))
                    : EmulatorReply.CallFunctions(new EmulatorFunctionCall("a", """{"n":1}"""), new EmulatorFunctionCall("b", null), new EmulatorFunctionCall("a", """{"n":2}"""))));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            List<ServerEventResponseFunctionCallArgumentsDone> calls = AssertCallsStreamedInOrder(await reader.CollectUntilAsync<ServerEventResponseDone>());
            Assert.Equal(new[] { ("a", """{"n":1}"""), ("b", "{}"), ("a", """{"n":2}""") }, calls.Select(c => (c.Name, c.Arguments)));

            foreach (ServerEventResponseFunctionCallArgumentsDone call in calls)
            {
                await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(call.CallId, call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            await connection.Response.CreateAsync();
            Assert.Equal("a=7,b=2,a=7", (await reader.WaitForAsync<ServerEventResponseAudioTranscriptDone>()).Transcript);
        }

        /// <summary>
        /// Asserts the response streamed one complete function_call item after another (added, argument deltas, done,
        /// item done, each at its own output_index with its own call_id) and listed them all in response.done.
        /// </summary>
        private static List<ServerEventResponseFunctionCallArgumentsDone> AssertCallsStreamedInOrder(List<ServerEvent> events)
        {
            var calls = events.OfType<ServerEventResponseFunctionCallArgumentsDone>().ToList();
            Assert.True(calls.Count >= 2, $"Expected several calls, got {calls.Count}.");
            Assert.Equal(calls.Count, calls.Select(c => c.CallId).Distinct().Count());
            var done = (ServerEventResponseDone)events[^1];
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
            List<ResponseFunctionCallItem> output = done.Response.Output.Select(o => Assert.IsType<ResponseFunctionCallItem>(o)).ToList();
            Assert.Equal(calls.Select(c => (c.CallId, c.Name, c.Arguments)), output.Select(o => (o.CallId, o.Name, o.Arguments)));

            var expected = new List<string>();
            var actual = new List<string>();
            for (int i = 0; i < calls.Count; i++)
            {
                expected.AddRange(new[] { $"added {i}", $"delta {i}", $"arguments {i}", $"item {i}" });
                string deltas = string.Concat(events.OfType<ServerEventResponseFunctionCallArgumentsDelta>().Where(d => d.ItemId == calls[i].ItemId).Select(d => d.Delta));
                Assert.Equal(calls[i].Arguments, deltas);
                Assert.Equal(i, calls[i].OutputIndex);
            }

            foreach (ServerEvent e in events)
            {
                string? step = e switch
                {
                    ServerEventResponseOutputItemAdded a => $"added {a.OutputIndex}",
                    ServerEventResponseFunctionCallArgumentsDelta d => $"delta {d.OutputIndex}",
                    ServerEventResponseFunctionCallArgumentsDone d => $"arguments {d.OutputIndex}",
                    ServerEventResponseOutputItemDone d => $"item {d.OutputIndex}",
                    _ => null,
                };
                if (step is not null && (actual.Count == 0 || actual[^1] != step))
                {
                    actual.Add(step);
                }
            }

            Assert.Equal(expected, actual);
            return calls;
        }

        private static string Location(string arguments)
        {
            using JsonDocument document = JsonDocument.Parse(arguments);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            return document.RootElement.EnumerateObject().Single().Value.GetString() ?? string.Empty;
        }
    }
}
