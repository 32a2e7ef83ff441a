using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class SessionTests
    {
        [Fact]
        public async Task Valid_update_is_reflected_in_session_updated()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;

            ServerEventSessionUpdated updated = await Harness.UpdateSessionAsync(connection, reader, new RequestSession
            {
                Instructions = "Be brief.",
                InputAudioFormat = InputAudioFormat.G711Ulaw,
                OutputAudioFormat = OutputAudioFormat.Pcm16At16000Hz,
                Voice = new AzureStandardVoice("en-US-AvaNeural"),
                TurnDetection = new ServerVad { SilenceDurationMs = 300, Threshold = 0.6 },
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
                Temperature = 0.7,
            });

            ResponseSession session = updated.Session;
            Assert.Equal("Be brief.", session.Instructions);
            Assert.Equal(InputAudioFormat.G711Ulaw, session.InputAudioFormat);
            Assert.Equal(8000, session.InputAudioSamplingRate);
            Assert.Equal(OutputAudioFormat.Pcm16At16000Hz, session.OutputAudioFormat);
            AzureStandardVoice voice = Assert.IsType<AzureStandardVoice>(session.Voice);
            Assert.Equal("en-US-AvaNeural", voice.Name);
            ServerVad vad = Assert.IsType<ServerVad>(session.TurnDetection);
            Assert.Equal(300, vad.SilenceDurationMs);
            Assert.Equal(0.6, vad.Threshold);
            Assert.Equal(InputAudioTranscriptionModel.AzureSpeech, session.InputAudioTranscription!.Model);
            Assert.Equal(0.7, session.Temperature);
            Assert.Equal(server.SessionId, session.Id);

            EmulatorReceivedEvent recorded = await server.WaitForEventAsync("session.update", Harness.Timeout);
            Assert.Equal("g711_ulaw", (string?)recorded.ToJsonNode()["session"]!["input_audio_format"]);
        }

        [Fact]
        public async Task Disabling_turn_detection_shows_it_disabled()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection _ = connection;

            ServerEventSessionUpdated updated = await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });

            Assert.NotNull(updated.Session.TurnDetection);
            Assert.True(updated.Session.TurnDetection!.IsDisabled);
            Assert.Same(TurnDetection.Disabled, updated.Session.TurnDetection);

            // On the wire the client sent an explicit null, which is what disables it.
            EmulatorReceivedEvent recorded = await server.WaitForEventAsync("session.update", Harness.Timeout);
            var sent = recorded.ToJsonNode()["session"]!.AsObject();
            Assert.True(sent.ContainsKey("turn_detection"));
            Assert.Null(sent["turn_detection"]);
        }

        public static TheoryData<string, RequestSession> InvalidUpdates => new()
        {
            { "session.temperature", new RequestSession { Temperature = 5.0 } },
            { "session.input_audio_sampling_rate", new RequestSession { InputAudioSamplingRate = 44100 } },
            { "session.input_audio_format", new RequestSession { InputAudioFormat = "mp3" } },
            { "session.turn_detection.threshold", new RequestSession { TurnDetection = new ServerVad { Threshold = 1.5 } } },
        };

        [Theory]
        [MemberData(nameof(InvalidUpdates))]
        public async Task Invalid_update_gets_an_error_naming_the_param(string param, RequestSession session)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Session.UpdateAsync(session, eventId: "evt_bad");
            ServerEvent? next = await reader.NextAsync();

            ServerEventError error = Assert.IsType<ServerEventError>(next);
            Assert.Equal("invalid_request_error", error.Error.Type);
            Assert.Equal("invalid_value", error.Error.Code);
            Assert.Equal(param, error.Error.Param);
            Assert.Equal("evt_bad", error.Error.EventId);
            Assert.False(string.IsNullOrEmpty(error.Error.Message));
        }
    }
}
