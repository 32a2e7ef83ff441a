using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>The library's own function-calling loop (connection.Tools) against the emulator.</summary>
    public class NativeToolTests
    {
        [Fact]
        public async Task A_text_question_invokes_the_tool_once_with_its_arguments_and_the_follow_up_answer_uses_the_output()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;
            var calls = new ConcurrentQueue<string>();
            await connection.Tools.AddAsync(AIFunctionFactory.Create(
                ([Description("The city")] string location) => { calls.Enqueue(location); return $"18 C and sunny in {location}"; },
                "get_weather",
                "Current weather for a city."));
            await reader.WaitForAsync<ServerEventSessionUpdated>();

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather like in Paris?"));
            await connection.Response.CreateAsync();

            // The call's response, then the follow-up the library asked for: the app only reads.
            await reader.CollectUntilAsync<ServerEventResponseDone>();
            List<ServerEvent> followUp = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.Equal(new[] { "Paris" }, calls.ToArray());
            Assert.Equal("Here is what get_weather returned: 18 C and sunny in Paris", followUp.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
            Assert.Empty(reader.OfType<ServerEventError>());
            Assert.Equal(2, server.ReceivedEvents.Count(e => e.Type == "response.create"));
        }

        [Fact]
        public async Task Two_calls_from_speech_in_one_response_get_both_outputs_and_a_single_follow_up_the_service_accepts()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;
            connection.Tools.Register(
                AIFunctionFactory.Create((string location) => $"sunny in {location}", "get_weather"),
                AIFunctionFactory.Create((string location) => $"09:00 in {location}", "get_time"));
            var session = new RequestSession { ToolChoice = ToolChoice.Auto, TurnDetection = new ServerVad() };
            foreach (AIFunction function in connection.Tools.Functions)
            {
                session.Tools.Add(function.ToFunctionTool());
            }

            await Harness.UpdateSessionAsync(connection, reader, session);
            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("What's the weather in Paris and the time in Tokyo", 24000)), 4800);

            ServerEventResponseDone callsDone = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(2, callsDone.Response.Output.OfType<ResponseFunctionCallItem>().Count());
            List<ServerEvent> followUp = await reader.CollectUntilAsync<ServerEventResponseDone>();

            // The calls run concurrently: the outputs (and so the answer's parts) come in whichever order they finish.
            string answer = followUp.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript;
            Assert.Contains("Here is what get_weather returned: sunny in Paris", answer, StringComparison.Ordinal);
            Assert.Contains("Here is what get_time returned: 09:00 in Tokyo", answer, StringComparison.Ordinal);
            Assert.Empty(reader.OfType<ServerEventError>());
            Assert.Single(server.ReceivedEvents, e => e.Type == "response.create");
            Assert.Equal(2, server.ReceivedEvents.Count(e => e.Type == "conversation.item.create"));
        }

        [Fact]
        public async Task A_throwing_tool_and_an_unknown_tool_answer_the_model_with_errors_and_the_conversation_goes_on()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            connection.Tools.Register(AIFunctionFactory.Create(string (string location) => throw new TimeoutException("backend down"), "get_weather"));
            var session = new RequestSession { ToolChoice = ToolChoice.Auto };
            session.Tools.Add(connection.Tools.Functions[0].ToFunctionTool());
            session.Tools.Add(new FunctionTool("get_time") { Parameters = BinaryData.FromString("""{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}""") });
            await Harness.UpdateSessionAsync(connection, reader, session);

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather in Paris and the time in Tokyo?"));
            await connection.Response.CreateAsync();
            await reader.CollectUntilAsync<ServerEventResponseDone>();
            List<ServerEvent> followUp = await reader.CollectUntilAsync<ServerEventResponseDone>();

            string answer = followUp.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript;
            Assert.Contains("Here is what get_weather returned: Error: the tool 'get_weather' failed.", answer, StringComparison.Ordinal);
            Assert.Contains("Here is what get_time returned: Error: there is no tool named 'get_time'.", answer, StringComparison.Ordinal);
            Assert.Empty(reader.OfType<ServerEventError>());

            // The session goes on: another question is answered.
            connection.Tools.Unregister("get_weather");
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Hello"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone hello = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Completed, hello.Response.Status);
        }

        [Fact]
        public async Task Cancelling_the_response_mid_call_cancels_the_tool_and_sends_no_follow_up()
        {
            var holdDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BeforeResponseDone = (_, token) => holdDone.Task.WaitAsync(token));
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await connection.Tools.AddAsync(AIFunctionFactory.Create(async (string location, CancellationToken token) =>
            {
                using CancellationTokenRegistration registration = token.Register(() => cancelled.TrySetResult());
                started.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return "never";
            }, "get_weather"));
            await reader.WaitForAsync<ServerEventSessionUpdated>();

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather in Paris?"));
            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseFunctionCallArgumentsDone>();
            await started.Task.WaitAsync(Harness.Timeout);
            Assert.True(connection.Response.IsActive);

            InterruptionResult interruption = await connection.Response.InterruptAsync();
            Assert.True(interruption.ResponseCancelled);
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();
            Assert.Equal(ResponseStatus.Cancelled, done.Response.Status);
            await cancelled.Task.WaitAsync(Harness.Timeout);
            Assert.False(connection.Response.IsActive);

            // A round trip after the cancel: no output and no follow-up went out before it.
            await connection.Conversation.Item.RetrieveAsync("no_such_item");
            await reader.WaitForAsync<ServerEventError>();
            Assert.DoesNotContain(server.ReceivedEvents, e => e.Type == "conversation.item.create" && e.ToJsonNode()["item"]!["type"]!.GetValue<string>() == "function_call_output");
            Assert.Single(server.ReceivedEvents, e => e.Type == "response.create");
        }
    }
}
