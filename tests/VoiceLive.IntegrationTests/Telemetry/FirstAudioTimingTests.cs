using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.Telemetry
{
    /// <summary>
    /// Time to first audio, turn latency and response duration measured on known timings: the client's clock is a
    /// <see cref="FakeTimeProvider"/>, and the emulator's model holds each reply until the test has moved that clock on
    /// by a chosen amount, so every figure is exact.
    /// </summary>
    [Collection(TelemetryCollection.Name)]
    public class FirstAudioTimingTests
    {
        private static readonly TimeSpan ModelThinking = TimeSpan.FromMilliseconds(250);

        [Fact]
        public async Task Time_to_first_audio_runs_from_response_create_to_the_first_audio_delta()
        {
            using var capture = new TelemetryCapture();
            var clock = new FakeTimeProvider();
            var model = new HeldResponder();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = model);
            int port = emulator.Endpoint.Port;
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, configure: o => o.TimeProvider = clock);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Tell me a joke"));
            await connection.Response.CreateAsync();
            await model.Entered.WaitAsync(Harness.Timeout);
            clock.Advance(ModelThinking);
            model.Release();
            await reader.WaitForAsync<ServerEventResponseDone>();

            AssertTimings(capture, port, "response.create");
        }

        [Fact]
        public async Task Time_to_first_audio_runs_from_the_end_of_the_users_speech_under_server_vad()
        {
            using var capture = new TelemetryCapture();
            var clock = new FakeTimeProvider();
            var model = new HeldResponder();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = model);
            int port = emulator.Endpoint.Port;
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator, configure: o => o.TimeProvider = clock);
            await using VoiceLiveConnection __ = connection;

            byte[] speech = EmulatorAudio.Encode(Harness.Utterance("What is the weather like", 24000), "pcm16");
            await Harness.AppendAudioAsync(connection, speech, 4800);
            await reader.WaitForAsync<ServerEventInputAudioBufferSpeechStopped>();
            await model.Entered.WaitAsync(Harness.Timeout);
            clock.Advance(ModelThinking);
            model.Release();
            await reader.WaitForAsync<ServerEventResponseDone>();

            AssertTimings(capture, port, "turn_detection");
        }

        private static void AssertTimings(TelemetryCapture capture, int port, string trigger)
        {
            // Nothing moves the clock but the test, and only while the model holds its reply: the first audio, the first
            // output of any kind and the end of the response all come exactly the model's thinking time after the turn
            // started. (Moving the clock while the emulator streams would race the client's reader.)
            double firstAudio = Assert.Single(capture.Measurements("voicelive.response.time_to_first_audio", port)).Value;
            double firstOutput = Assert.Single(capture.Measurements("voicelive.turn.latency", port)).Value;
            double duration = capture.Measurements("gen_ai.client.operation.duration", port)
                .Single(m => Equals(m.Tag("gen_ai.operation.name"), "response")).Value;
            Assert.Equal(ModelThinking.TotalSeconds, firstAudio, 9);
            Assert.Equal(ModelThinking.TotalSeconds, firstOutput, 9);
            Assert.Equal(ModelThinking.TotalSeconds, duration, 9);

            var span = Assert.Single(capture.Spans("response"));
            Assert.Equal(trigger, span.GetTagItem("voicelive.response.trigger"));
            Assert.Equal(ModelThinking.TotalSeconds, (double)span.GetTagItem("voicelive.response.time_to_first_audio")!, 9);
            Assert.Equal(ModelThinking.TotalMilliseconds, (double)span.GetTagItem("gen_ai.voice.first_token_latency_ms")!, 6);
        }

        /// <summary>The emulator's default model, holding each reply until the test releases it.</summary>
        private sealed class HeldResponder : IEmulatorResponder
        {
            private readonly TaskCompletionSource _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            private readonly TaskCompletionSource _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            /// <summary>Completes when the emulator asks for a reply.</summary>
            public Task Entered => _entered.Task;

            public void Release() => _released.TrySetResult();

            public async ValueTask<EmulatorReply> RespondAsync(EmulatorResponderContext context, CancellationToken cancellationToken)
            {
                _entered.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                return await DefaultEmulatorResponder.Instance.RespondAsync(context, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
