using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.Telemetry
{
    [Collection(TelemetryCollection.Name)]
    public class MetricsTests
    {
        [Fact]
        public async Task A_response_reports_its_tokens_duration_first_audio_and_audio_seconds()
        {
            using var capture = new TelemetryCapture(traces: false);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            int port = emulator.Endpoint.Port;
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            byte[] input = new byte[4800 * 3]; // 300 ms of 24 kHz pcm16 silence
            await Harness.AppendAudioAsync(connection, input, 4800);
            await connection.InputAudioBuffer.ClearAsync();
            await reader.WaitForAsync<ServerEventInputAudioBufferCleared>();
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a joke"));
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            var done = (ServerEventResponseDone)events[^1];

            List<Measurement> tokens = capture.Measurements("gen_ai.client.token.usage", port);
            Assert.Equal(done.Response.Usage!.InputTokens, tokens.Single(m => Equals(m.Tag("gen_ai.token.type"), "input")).Value);
            Assert.Equal(done.Response.Usage.OutputTokens, tokens.Single(m => Equals(m.Tag("gen_ai.token.type"), "output")).Value);
            Assert.All(tokens, m => Assert.Equal("gpt-realtime", m.Tag("gen_ai.request.model")));

            Measurement duration = capture.Measurements("gen_ai.client.operation.duration", port).Single(m => Equals(m.Tag("gen_ai.operation.name"), "response"));
            double firstAudio = Assert.Single(capture.Measurements("voicelive.response.time_to_first_audio", port)).Value;
            double firstOutput = Assert.Single(capture.Measurements("voicelive.turn.latency", port)).Value;
            Assert.InRange(firstAudio, 0, duration.Value);
            Assert.InRange(firstOutput, 0, firstAudio);

            // Audio seconds follow from the bytes at 24 kHz pcm16 (48,000 bytes a second), in both directions.
            int outputBytes = events.OfType<ServerEventResponseAudioDelta>().Sum(d => d.Delta.Length);
            Assert.Equal(outputBytes / 48000.0, capture.Measurements("voicelive.audio.output.duration", port).Sum(m => m.Value), 9);
            Assert.Equal(0.3, capture.Measurements("voicelive.audio.input.duration", port).Sum(m => m.Value), 9);
        }

        [Fact]
        public async Task Connections_are_counted_while_open_and_by_close_code_when_closed()
        {
            using var capture = new TelemetryCapture(traces: false);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            int port = emulator.Endpoint.Port;

            VoiceLiveConnection connection = await Harness.ConnectAsync(emulator);
            Assert.Equal(1, capture.Measurements("voicelive.connection.active", port).Sum(m => m.Value));
            await connection.CloseAsync();
            await connection.DisposeAsync();

            Assert.Equal(0, capture.Measurements("voicelive.connection.active", port).Sum(m => m.Value));
            Measurement closed = Assert.Single(capture.Measurements("voicelive.connection.closed", port));
            Assert.Equal(1000, closed.Tag("voicelive.close.code"));
            Measurement connect = capture.Measurements("gen_ai.client.operation.duration", port).Single(m => Equals(m.Tag("gen_ai.operation.name"), "connect"));
            Assert.Null(connect.Tag("error.type"));
            Assert.True(connect.Value > 0);
        }

        [Fact]
        public async Task A_malformed_frame_is_counted_by_its_event_type()
        {
            using var capture = new TelemetryCapture(traces: false);
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, "emulator-fault=deep-json");
            await using VoiceLiveConnection __ = connection;

            MalformedServerEvent malformed = await reader.WaitForAsync<MalformedServerEvent>();

            Measurement counted = Assert.Single(capture.Measurements("voicelive.events.malformed"));
            Assert.Equal(1, counted.Value);
            Assert.Equal(malformed.ClaimedType, counted.Tag("voicelive.event.type"));
        }
    }
}
