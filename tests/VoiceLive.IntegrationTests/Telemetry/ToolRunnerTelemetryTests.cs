using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.Telemetry
{
    /// <summary>The library's own tool runner reports each invocation as an execute_tool span under its response.</summary>
    [Collection(TelemetryCollection.Name)]
    public class ToolRunnerTelemetryTests
    {
        [Fact]
        public async Task Each_call_the_runner_invokes_is_a_tool_span_under_its_response_and_a_throwing_tool_is_an_error()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await connection.Tools.AddAsync(new[]
            {
                AIFunctionFactory.Create((string location) => $"sunny in {location}", "get_weather", "Current weather for a city."),
                AIFunctionFactory.Create(string (string location) => throw new InvalidOperationException("clock broken"), "get_time"),
            });
            await reader.WaitForAsync<ServerEventSessionUpdated>();

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("What's the weather in Paris and the time in Tokyo?"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone calls = await reader.WaitForAsync<ServerEventResponseDone>();
            await reader.WaitForAsync<ServerEventResponseDone>(); // the follow-up: by now both outputs were sent

            Activity response = Assert.Single(capture.Spans("response"), r => Equals(r.GetTagItem("gen_ai.response.id"), calls.Response.Id));
            var tools = capture.Spans("execute_tool").ToDictionary(t => (string)t.GetTagItem("gen_ai.tool.name")!);
            Assert.Equal(new[] { "get_time", "get_weather" }, tools.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
            Assert.All(tools.Values, t => Assert.Equal(response.SpanId, t.ParentSpanId));
            Assert.Equal("Current weather for a city.", tools["get_weather"].GetTagItem("gen_ai.tool.description"));
            Assert.NotEqual(ActivityStatusCode.Error, tools["get_weather"].Status);
            Assert.Equal(ActivityStatusCode.Error, tools["get_time"].Status);
            Assert.Equal(typeof(InvalidOperationException).FullName, tools["get_time"].GetTagItem("error.type"));
            Assert.Equal(2, capture.Measurements("gen_ai.client.operation.duration", emulator.Endpoint.Port).Count(m => Equals(m.Tag("gen_ai.operation.name"), "execute_tool")));
        }
    }
}
