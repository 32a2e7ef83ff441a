using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Diagnostics;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.Telemetry
{
    [Collection(TelemetryCollection.Name)]
    public class TracingTests
    {
        [Fact]
        public async Task Connect_span_is_a_child_of_the_callers_span_and_names_server_model_version_request_and_session()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            VoiceLiveConnection connection;
            using (Activity root = TelemetryCapture.TestSource.StartActivity("app")!)
            {
                connection = await Harness.ConnectAsync(emulator);
                Activity connect = Assert.Single(capture.Spans("connect"));

                Assert.Equal(root.SpanId, connect.ParentSpanId);
                Assert.Equal(root.TraceId, connect.TraceId);
                Assert.Equal(ActivityKind.Client, connect.Kind);
                Assert.Equal("connect gpt-realtime", connect.DisplayName);
                Assert.Equal("connect", connect.GetTagItem("gen_ai.operation.name"));
                Assert.Equal("az.ai.voicelive", connect.GetTagItem("gen_ai.system"));
                Assert.Equal("Microsoft.CognitiveServices", connect.GetTagItem("az.namespace"));
                Assert.Equal(emulator.Endpoint.Host, connect.GetTagItem("server.address"));
                Assert.Equal(emulator.Endpoint.Port, connect.GetTagItem("server.port"));
                Assert.Equal("gpt-realtime", connect.GetTagItem("gen_ai.request.model"));
                Assert.Equal("2026-07-15", connect.GetTagItem("voicelive.api_version"));
                Assert.Equal(connection.ClientRequestId, connect.GetTagItem("az.client_request_id"));
                Assert.Equal("connected", connect.GetTagItem("voicelive.connect.outcome"));
                Assert.NotEqual(ActivityStatusCode.Error, connect.Status);
            }

            await using VoiceLiveConnection _ = connection;
            var reader = new EventReader(connection);
            ServerEventSessionCreated created = await reader.WaitForAsync<ServerEventSessionCreated>();
            Activity span = Assert.Single(capture.Spans("connect"));
            Assert.Equal(created.Session.Id, span.GetTagItem("gen_ai.voice.session_id"));
            Assert.Equal("pcm16", span.GetTagItem("gen_ai.voice.input_audio_format"));
        }

        [Fact]
        public async Task Refused_connect_records_the_http_status_the_outcome_and_an_error_status()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.ApiKey = "right-key");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Harness.ConnectAsync(emulator, key: "wrong-key"));

            Activity connect = Assert.Single(capture.Spans("connect"));
            Assert.Equal(ActivityStatusCode.Error, connect.Status);
            Assert.Equal("refused", connect.GetTagItem("voicelive.connect.outcome"));
            Assert.Equal(401, connect.GetTagItem("http.response.status_code"));
            Assert.Equal("401", connect.GetTagItem("error.type"));
            Assert.Equal(error.ClientRequestId, connect.GetTagItem("az.client_request_id"));
            Measurement duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration", emulator.Endpoint.Port));
            Assert.Equal("connect", duration.Tag("gen_ai.operation.name"));
            Assert.Equal("401", duration.Tag("error.type"));
        }

        [Fact]
        public async Task Response_span_is_a_child_of_connect_and_carries_id_status_usage_and_modalities_but_no_content()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "Be brief." });

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a joke"));
            await connection.Response.CreateAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();

            Activity connect = Assert.Single(capture.Spans("connect"));
            Activity response = Assert.Single(capture.Spans("response"));
            Assert.Equal(connect.SpanId, response.ParentSpanId);
            Assert.Equal(connect.TraceId, response.TraceId);
            Assert.Equal("response gpt-realtime", response.DisplayName);
            Assert.Equal("response", response.GetTagItem("gen_ai.operation.name"));
            Assert.Equal(done.Response.Id, response.GetTagItem("gen_ai.response.id"));
            Assert.Equal("response.create", response.GetTagItem("voicelive.response.trigger"));
            Assert.Equal("completed", response.GetTagItem("voicelive.response.status"));
            Assert.Equal(new[] { "completed" }, response.GetTagItem("gen_ai.response.finish_reasons"));
            Assert.Equal(done.Response.Usage!.InputTokens, response.GetTagItem("gen_ai.usage.input_tokens"));
            Assert.Equal(done.Response.Usage.OutputTokens, response.GetTagItem("gen_ai.usage.output_tokens"));
            Assert.Contains("audio", (string[])response.GetTagItem("voicelive.response.output_modalities")!);
            Assert.True((double)response.GetTagItem("gen_ai.voice.first_token_latency_ms")! > 0);
            double firstAudio = (double)response.GetTagItem("voicelive.response.time_to_first_audio")!;
            Assert.InRange(firstAudio, 0, response.Duration.TotalSeconds);

            // Content is off by default: no transcript, no instructions.
            Assert.Null(response.GetTagItem("gen_ai.output.messages"));
            Assert.Null(response.GetTagItem("gen_ai.system_instructions"));
        }

        [Fact]
        public async Task Content_is_recorded_when_the_app_opts_in()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, configure: o => o.EnableSensitiveTelemetryData = true);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { Instructions = "Be brief." });

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a joke"));
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            string transcript = events.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript;
            Activity response = Assert.Single(capture.Spans("response"));
            string output = Assert.IsType<string>(response.GetTagItem("gen_ai.output.messages"));
            using (var json = System.Text.Json.JsonDocument.Parse(output))
            {
                System.Text.Json.JsonElement message = json.RootElement[0];
                Assert.Equal("assistant", message.GetProperty("role").GetString());
                Assert.Equal(transcript, message.GetProperty("parts")[0].GetProperty("content").GetString());
            }

            Assert.Contains("Be brief.", Assert.IsType<string>(response.GetTagItem("gen_ai.system_instructions")));
        }

        [Fact]
        public async Task Spoken_turn_starts_at_speech_end_lists_its_function_call_and_parents_the_tool_span()
        {
            using var capture = new TelemetryCapture();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            var session = new RequestSession { ToolChoice = ToolChoice.Auto };
            session.Tools.Add(new FunctionTool("get_weather")
            {
                Description = "Current weather for a city.",
                Parameters = BinaryData.FromString("""{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}"""),
            });
            await Harness.UpdateSessionAsync(connection, reader, session);

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("What's the weather like in Paris", 24000)), 4800);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            ServerEventResponseFunctionCallArgumentsDone call = events.OfType<ServerEventResponseFunctionCallArgumentsDone>().Single();

            Activity response = Assert.Single(capture.Spans("response"));
            Assert.Equal("turn_detection", response.GetTagItem("voicelive.response.trigger"));
            Assert.Equal(new[] { "get_weather" }, response.GetTagItem("voicelive.response.function_calls"));

            // The tool runner's hook: the tool span is a child of the response that asked for the call.
            ToolInvocationTelemetry? invocation = VoiceLiveTelemetry.StartToolInvocation(call.Name, call.CallId, connection, call.Arguments);
            VoiceLiveTelemetry.RecordToolResult(invocation, """{"temperature_c":18}""");

            Activity tool = Assert.Single(capture.Spans("execute_tool"));
            Assert.Equal(response.SpanId, tool.ParentSpanId);
            Assert.Equal(response.TraceId, tool.TraceId);
            Assert.Equal("execute_tool get_weather", tool.DisplayName);
            Assert.Equal("get_weather", tool.GetTagItem("gen_ai.tool.name"));
            Assert.Equal(call.CallId, tool.GetTagItem("gen_ai.tool.call.id"));
            Assert.Null(tool.GetTagItem("gen_ai.tool.call.arguments")); // content is off
            Assert.Null(tool.GetTagItem("gen_ai.tool.call.result"));
            Measurement duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration", emulator.Endpoint.Port), m => Equals(m.Tag("gen_ai.operation.name"), "execute_tool"));
            Assert.Equal("get_weather", duration.Tag("gen_ai.tool.name"));
        }

        [Fact]
        public async Task A_server_error_during_a_response_is_an_event_on_its_span_and_a_cancelled_response_is_not_an_error()
        {
            using var capture = new TelemetryCapture();
            // Real-time pacing keeps the reply going long enough for the second response.create to meet it.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.AudioPacing = EmulatorAudioPacing.RealTime);
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a long story"));
            await connection.Response.CreateAsync();
            await reader.WaitForAsync<ServerEventResponseCreated>();
            await connection.Response.CreateAsync();
            ServerEventError error = await reader.WaitForAsync<ServerEventError>();
            await connection.Response.CancelAsync();
            ServerEventResponseDone done = await reader.WaitForAsync<ServerEventResponseDone>();

            Activity response = Assert.Single(capture.Spans("response"));
            ActivityEvent reported = Assert.Single(response.Events, e => e.Name == "gen_ai.voice.error");
            var tags = reported.Tags.ToDictionary(t => t.Key, t => t.Value);
            Assert.Equal(error.Error.Code, tags["error.code"]);
            Assert.Equal(error.Error.Message, tags["error.message"]);
            Assert.Equal(done.Response.Status.ToString(), response.GetTagItem("voicelive.response.status"));
            Assert.Equal("cancelled", response.GetTagItem("voicelive.response.status"));
            Assert.NotEqual(ActivityStatusCode.Error, response.Status);
            Assert.Null(response.GetTagItem("error.type"));
        }

        [Fact]
        public async Task A_connection_opened_while_nobody_listens_has_no_telemetry_observer()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            await using VoiceLiveConnection quiet = await Harness.ConnectAsync(emulator);
            Assert.Null(quiet.Telemetry);

            using var capture = new TelemetryCapture(traces: false);
            await using VoiceLiveConnection observed = await Harness.ConnectAsync(emulator);
            Assert.NotNull(observed.Telemetry);
        }
    }
}
