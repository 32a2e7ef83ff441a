using System;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static VoiceLive.Tests.AgentScript;

namespace VoiceLive.Tests
{
    public class ToolRunnerTests : ConnectionTestBase
    {
        [Fact]
        public async Task Two_calls_of_one_response_run_concurrently_and_get_one_follow_up_after_both_outputs()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_a", "get_weather", """{"location":"Paris"}"""));
                s.EnqueueText(ArgumentsDone("resp_1", "call_b", "get_time", """{"city":"Oslo"}"""));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;

            // Each tool waits for the other to start: run one after the other, they would never finish.
            var weatherStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var timeStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.Tools.Register(
                AIFunctionFactory.Create(async ([Description("The city")] string location) =>
                {
                    weatherStarted.SetResult();
                    await timeStarted.Task;
                    return $"sunny in {location}";
                }, "get_weather"),
                AIFunctionFactory.Create(async (string city) =>
                {
                    timeStarted.SetResult();
                    await weatherStarted.Task;
                    return $"noon in {city}";
                }, "get_time"));

            var events = await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.Equal(new[] { "session.created", "response.created", "response.function_call_arguments.done", "response.function_call_arguments.done", "response.done" }, events.Select(e => e.Type).ToArray()); // the app still sees every event

            JsonNode first = await NextSentAsync(socket, "conversation.item.create");
            JsonNode second = await NextSentAsync(socket, "conversation.item.create");
            JsonNode followUp = await NextSentAsync(socket, "response.create");
            var outputs = new[] { first, second }.ToDictionary(CallIdOf, OutputOf);
            Assert.Equal("sunny in Paris", outputs["call_a"]);
            Assert.Equal("noon in Oslo", outputs["call_b"]);
            Assert.Equal("function_call_output", (string?)first["item"]!["type"]);
            Assert.NotNull(followUp);

            // A frame sent after the follow-up: by then a second response.create would have been written before it.
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Single(Sent(socket, "response.create"));
            string[] order = socket.SentMessages.Select(m => (string)JsonNode.Parse(m)!["type"]!).ToArray();
            Assert.True(Array.LastIndexOf(order, "conversation.item.create") < Array.IndexOf(order, "response.create"), string.Join(", ", order));
        }

        [Fact]
        public async Task A_throwing_tool_gives_the_model_an_error_output_and_the_log_an_error_and_the_session_goes_on()
        {
            var logs = new CapturingLoggerProvider();
            var (connection, socket) = await ConnectAsync(
                s =>
                {
                    s.EnqueueText(ResponseCreated("resp_1"));
                    s.EnqueueText(ArgumentsDone("resp_1", "call_1", "explode", "{}"));
                    s.EnqueueText(ResponseDone("resp_1"));
                },
                o => o.LoggerFactory = logs.CreateFactory());
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(string () => throw new InvalidOperationException("secret internals"), "explode"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            JsonNode output = await NextSentAsync(socket, "conversation.item.create");
            Assert.Equal("Error: the tool 'explode' failed.", OutputOf(output));
            Assert.DoesNotContain("secret internals", OutputOf(output));
            await NextSentAsync(socket, "response.create");
            Assert.Contains(logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("explode", StringComparison.Ordinal));
            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task Detailed_errors_put_the_exception_message_in_the_output()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "explode", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Options.IncludeDetailedErrors = true;
            connection.Tools.Register(AIFunctionFactory.Create(string () => throw new InvalidOperationException("the database is down"), "explode"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.Equal("Error: the tool 'explode' failed: the database is down", OutputOf(await NextSentAsync(socket, "conversation.item.create")));
        }

        [Fact]
        public async Task A_call_to_an_unknown_name_gets_a_clear_error_output()
        {
            var logs = new CapturingLoggerProvider();
            var (connection, socket) = await ConnectAsync(
                s =>
                {
                    s.EnqueueText(ResponseCreated("resp_1"));
                    s.EnqueueText(ArgumentsDone("resp_1", "call_1", "launch_rockets", "{}"));
                    s.EnqueueText(ResponseDone("resp_1"));
                },
                o => o.LoggerFactory = logs.CreateFactory());
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(() => "ok", "something_else"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            JsonNode output = await NextSentAsync(socket, "conversation.item.create");
            Assert.Equal("call_1", CallIdOf(output));
            Assert.Equal("Error: there is no tool named 'launch_rockets'.", OutputOf(output));
            await NextSentAsync(socket, "response.create");
            Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("launch_rockets", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("{\"location\":", "are not a JSON object")]
        [InlineData("[1,2]", "a JSON array, not an object")]
        public async Task Arguments_that_are_not_a_JSON_object_get_an_error_output_without_invoking(string arguments, string expected)
        {
            int invoked = 0;
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "get_weather", arguments));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create((string location) => Interlocked.Increment(ref invoked), "get_weather"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            string output = OutputOf(await NextSentAsync(socket, "conversation.item.create"));
            Assert.StartsWith("Error: the arguments of 'get_weather'", output, StringComparison.Ordinal);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            Assert.Equal(0, invoked);
        }

        [Fact]
        public async Task A_tool_that_outlives_the_timeout_is_cancelled_and_the_model_gets_an_error_output()
        {
            var clock = new FakeTimeProvider();
            var toolWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var toolCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "slow", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Options.TimeProvider = clock;
            connection.Tools.Options.InvocationTimeout = TimeSpan.FromSeconds(5);
            connection.Tools.Register(AIFunctionFactory.Create(async (CancellationToken token) =>
            {
                using CancellationTokenRegistration registration = token.Register(() => toolCancelled.TrySetResult());
                toolWaiting.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return "never";
            }, "slow"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            await toolWaiting.Task.OrTimeout("the tool to start");
            clock.Advance(TimeSpan.FromSeconds(4));
            Assert.False(toolCancelled.Task.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(1));
            await toolCancelled.Task.OrTimeout("the tool's token");
            Assert.Equal("Error: the tool 'slow' did not finish within 5 s.", OutputOf(await NextSentAsync(socket, "conversation.item.create")));
            await NextSentAsync(socket, "response.create");
        }

        [Fact]
        public async Task A_result_that_cannot_be_serialized_gets_an_error_output()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "cyclic", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Register(new RawResultFunction("cyclic", () => { var node = new Cycle(); node.Next = node; return node; }));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.Equal("Error: the result of 'cyclic' could not be serialized.", OutputOf(await NextSentAsync(socket, "conversation.item.create")));
        }

        [Fact]
        public async Task Results_are_sent_as_text_for_strings_and_as_JSON_otherwise()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "forecast", """{"days":2}"""));
                s.EnqueueText(ArgumentsDone("resp_1", "call_2", "greeting", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Register(
                AIFunctionFactory.Create((int days) => new Forecast { Days = days, Sky = "clear" }, "forecast"),
                AIFunctionFactory.Create(() => "hello \"there\"", "greeting"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            var outputs = new[] { await NextSentAsync(socket, "conversation.item.create"), await NextSentAsync(socket, "conversation.item.create") }.ToDictionary(CallIdOf, OutputOf);
            JsonNode forecast = JsonNode.Parse(outputs["call_1"])!;
            Assert.Equal(2, (int)forecast["days"]!);
            Assert.Equal("clear", (string?)forecast["sky"]);
            Assert.Equal("hello \"there\"", outputs["call_2"]);
        }

        [Fact]
        public async Task A_cancelled_response_cancels_its_running_calls_and_gets_neither_output_nor_follow_up()
        {
            var toolWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var toolCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "slow", "{}"));
            });
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(async (CancellationToken token) =>
            {
                using CancellationTokenRegistration registration = token.Register(() => toolCancelled.TrySetResult());
                toolWaiting.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return "never";
            }, "slow"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseFunctionCallArgumentsDone);
            await toolWaiting.Task.OrTimeout("the tool to start");
            socket.EnqueueText(ResponseDone("resp_1", status: "cancelled"));
            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            await toolCancelled.Task.OrTimeout("the tool's token");

            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Empty(Sent(socket, "conversation.item.create"));
            Assert.Empty(Sent(socket, "response.create"));
        }

        [Fact]
        public async Task No_follow_up_while_another_response_is_already_active()
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "wait", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
                s.EnqueueText(ResponseCreated("resp_2"));
            });
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(async () => { await release.Task; return "done"; }, "wait"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseCreated { Response.Id: "resp_2" });
            release.SetResult();
            Assert.Equal("done", OutputOf(await NextSentAsync(socket, "conversation.item.create")));
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Empty(Sent(socket, "response.create"));
        }

        [Fact]
        public async Task Calls_left_to_the_app_hold_the_follow_up_until_the_app_sends_their_output()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_mine", "known", "{}"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_app", "handled_by_app", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Options.AnswerUnknownCalls = false;
            connection.Tools.Register(AIFunctionFactory.Create(() => "mine", "known"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            Assert.Equal("call_mine", CallIdOf(await NextSentAsync(socket, "conversation.item.create")));
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Empty(Sent(socket, "response.create"));

            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem("call_app", "the app's answer"));
            await NextSentAsync(socket, "conversation.item.create");
            await NextSentAsync(socket, "response.create");
        }

        [Fact]
        public async Task Without_automatic_follow_up_only_the_outputs_are_sent()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "known", "{}"));
                s.EnqueueText(ResponseDone("resp_1"));
            });
            await using var _ = connection;
            connection.Tools.Options.CreateResponseAfterOutputs = false;
            connection.Tools.Register(AIFunctionFactory.Create(() => "ok", "known"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            await NextSentAsync(socket, "conversation.item.create");
            await connection.InputAudioBuffer.ClearAsync();
            await NextSentAsync(socket, "input_audio_buffer.clear");
            Assert.Empty(Sent(socket, "response.create"));
        }

        [Fact]
        public async Task A_call_announced_twice_is_invoked_once()
        {
            int invoked = 0;
            string callItem = """{"type":"function_call","id":"item_call_1","call_id":"call_1","name":"count","arguments":"{}","status":"completed"}""";
            var (connection, socket) = await ConnectAsync(s =>
            {
                s.EnqueueText(ResponseCreated("resp_1"));
                s.EnqueueText(ArgumentsDone("resp_1", "call_1", "count", "{}"));
                s.EnqueueText($$"""{"type":"response.output_item.done","response_id":"resp_1","output_index":0,"item":{{callItem}}}""");
                s.EnqueueText(ResponseDone("resp_1", output: callItem));
            });
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(() => Interlocked.Increment(ref invoked), "count"));

            await ReadUntilAsync(connection, e => e is ServerEventResponseDone);
            await NextSentAsync(socket, "response.create");
            Assert.Equal(1, invoked);
            Assert.Single(Sent(socket, "conversation.item.create"));
        }

        [Fact]
        public async Task AddAsync_sends_every_registered_function_with_its_generated_schema()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(() => "12:00", "get_time", "Tells the time."));
            await connection.Tools.AddAsync(AIFunctionFactory.Create(([Description("The city, for example Paris")] string location) => "sunny", "get_weather", "Current weather for a city."));

            JsonNode update = await NextSentAsync(socket, "session.update");
            JsonArray tools = update["session"]!["tools"]!.AsArray();
            Assert.Equal(new[] { "get_time", "get_weather" }, tools.Select(t => (string)t!["name"]!).ToArray());
            Assert.All(tools, t => Assert.Equal("function", (string?)t!["type"]));
            Assert.Equal("Current weather for a city.", (string?)tools[1]!["description"]);
            Assert.Equal("string", (string?)tools[1]!["parameters"]!["properties"]!["location"]!["type"]);
            Assert.Equal("location", (string?)tools[1]!["parameters"]!["required"]![0]);
            Assert.Equal("auto", (string?)update["session"]!["tool_choice"]);
            Assert.Equal(2, connection.Tools.Functions.Count);
        }

        [Fact]
        public async Task Registering_a_name_again_replaces_the_function_and_unregistering_makes_it_unknown()
        {
            var (connection, _) = await ConnectAsync();
            await using var __ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(() => "one", "f"));
            connection.Tools.Register(AIFunctionFactory.Create(() => "two", "f"));
            Assert.Single(connection.Tools.Functions);
            Assert.True(connection.Tools.Unregister("f"));
            Assert.False(connection.Tools.Unregister("f"));
            Assert.Empty(connection.Tools.Functions);
            Assert.Throws<ArgumentException>(() => connection.Tools.Register(new AIFunction[] { null! }));
        }

        private sealed class Forecast
        {
            public int Days { get; set; }

            public string Sky { get; set; } = "";
        }

        private sealed class Cycle
        {
            public Cycle? Next { get; set; }
        }

        /// <summary>An AIFunction that returns its object as is (AIFunctionFactory would serialize it itself).</summary>
        private sealed class RawResultFunction : AIFunction
        {
            private readonly Func<object?> _result;

            public RawResultFunction(string name, Func<object?> result)
            {
                Name = name;
                _result = result;
            }

            public override string Name { get; }

            protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) => new ValueTask<object?>(_result());
        }
    }
}
