using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>What CreateSessionAsync puts in session.update, asserted on the emulator's record of what it received.</summary>
    public class OptionsMappingTests
    {
        private static async Task<JsonNode> SessionUpdateFor(RealtimeSessionOptions options)
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(options).OrTimeout("the session");
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            JsonNode update = await TestHarness.WaitForReceivedAsync(server, "session.update");
            return update["session"]!;
        }

        [Fact]
        public async Task Every_typed_option_is_sent_in_session_update()
        {
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather", "Current weather for a city.");
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions
            {
                Instructions = "Be brief.",
                Voice = "alloy",
                InputAudioFormat = new RealtimeAudioFormat("audio/pcm", 16000),
                OutputAudioFormat = new RealtimeAudioFormat("audio/pcmu", 8000),
                TranscriptionOptions = new TranscriptionOptions { ModelId = "whisper-1", SpeechLanguage = "en", Prompt = "weather words" },
                VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = true, AllowInterruption = false },
                MaxOutputTokens = 321,
                OutputModalities = new[] { "text" },
                ToolMode = ChatToolMode.RequireSpecific("get_weather"),
                Tools = new AITool[] { weather },
            });

            Assert.Equal("Be brief.", (string?)session["instructions"]);
            Assert.Equal("openai", (string?)session["voice"]!["type"]);
            Assert.Equal("alloy", (string?)session["voice"]!["name"]);
            Assert.Equal("pcm16", (string?)session["input_audio_format"]);
            Assert.Equal(16000, (int?)session["input_audio_sampling_rate"]);
            Assert.Equal("g711_ulaw", (string?)session["output_audio_format"]);
            Assert.Equal("whisper-1", (string?)session["input_audio_transcription"]!["model"]);
            Assert.Equal("en", (string?)session["input_audio_transcription"]!["language"]);
            Assert.Equal("weather words", (string?)session["input_audio_transcription"]!["prompt"]);
            Assert.Equal("server_vad", (string?)session["turn_detection"]!["type"]);
            Assert.False((bool?)session["turn_detection"]!["interrupt_response"]);
            Assert.Equal(321, (int?)session["max_response_output_tokens"]);
            Assert.Equal(new[] { "text" }, session["modalities"]!.AsArray().Select(m => (string?)m).ToArray());
            Assert.Equal("function", (string?)session["tool_choice"]!["type"]);
            Assert.Equal("get_weather", (string?)session["tool_choice"]!["name"]);

            JsonNode tool = Assert.Single(session["tools"]!.AsArray())!;
            Assert.Equal("function", (string?)tool["type"]);
            Assert.Equal("get_weather", (string?)tool["name"]);
            Assert.Equal("Current weather for a city.", (string?)tool["description"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(weather.JsonSchema.GetRawText()), tool["parameters"]));
            Assert.Equal("string", (string?)tool["parameters"]!["properties"]!["location"]!["type"]);
        }

        [Theory]
        [InlineData("en-US-AvaNeural", "azure-standard")]
        [InlineData("en-US-Ava:DragonHDLatestNeural", "azure-standard")]
        [InlineData("marin", "openai")]
        [InlineData("shimmer", "openai")]
        public async Task A_voice_name_picks_the_voice_kind(string name, string type)
        {
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions { Voice = name });

            Assert.Equal(type, (string?)session["voice"]!["type"]);
            Assert.Equal(name, (string?)session["voice"]!["name"]);
        }

        [Fact]
        public async Task Disabled_voice_activity_detection_sends_turn_detection_null()
        {
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions { VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = false } });

            Assert.True(session.AsObject().ContainsKey("turn_detection"));
            Assert.Null(session["turn_detection"]);
        }

        [Fact]
        public async Task Tool_modes_map_to_tool_choice()
        {
            Assert.Equal("auto", (string?)(await SessionUpdateFor(new RealtimeSessionOptions { ToolMode = ChatToolMode.Auto }))["tool_choice"]);
            Assert.Equal("none", (string?)(await SessionUpdateFor(new RealtimeSessionOptions { ToolMode = ChatToolMode.None }))["tool_choice"]);
            Assert.Equal("required", (string?)(await SessionUpdateFor(new RealtimeSessionOptions { ToolMode = ChatToolMode.RequireAny }))["tool_choice"]);
        }

        [Fact]
        public async Task Transcription_without_a_model_uses_azure_speech()
        {
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions { TranscriptionOptions = new TranscriptionOptions { SpeechLanguage = "fr-FR" } });

            Assert.Equal("azure-speech", (string?)session["input_audio_transcription"]!["model"]);
            Assert.Equal("fr-FR", (string?)session["input_audio_transcription"]!["language"]);
        }

        [Theory]
        [InlineData("audio/pcm", 24000, "pcm16")]
        [InlineData("audio/pcm", 16000, "pcm16_16000hz")]
        [InlineData("audio/pcm", 8000, "pcm16_8000hz")]
        [InlineData("audio/pcma", 8000, "g711_alaw")]
        public async Task Output_formats_map_to_format_names(string mediaType, int rate, string expected)
        {
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions { OutputAudioFormat = new RealtimeAudioFormat(mediaType, rate) });

            Assert.Equal(expected, (string?)session["output_audio_format"]);
        }

        [Fact]
        public async Task The_raw_representation_carries_what_MEAI_cannot_express_and_wins_over_typed_options()
        {
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            JsonNode session = await SessionUpdateFor(new RealtimeSessionOptions
            {
                Instructions = "typed instructions",
                Voice = "alloy",
                VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = true },
                Tools = new AITool[] { weather },
                RawRepresentationFactory = () =>
                {
                    var raw = new RequestSession
                    {
                        Instructions = "raw instructions",
                        Voice = new AzureStandardVoice("en-US-AvaNeural") { Temperature = 0.7 },
                        TurnDetection = new AzureSemanticVad { SilenceDurationMs = 400 },
                        InputAudioNoiseReduction = new AudioNoiseReduction(NoiseReductionType.AzureDeepNoiseSuppression),
                        InputAudioEchoCancellation = new AudioEchoCancellation(),
                    };
                    raw.Tools.Add(new FunctionTool("lookup_order"));
                    return raw;
                },
            });

            Assert.Equal("raw instructions", (string?)session["instructions"]);
            Assert.Equal("azure-standard", (string?)session["voice"]!["type"]);
            Assert.Equal(0.7, (double?)session["voice"]!["temperature"]);
            Assert.Equal("azure_semantic_vad", (string?)session["turn_detection"]!["type"]);
            Assert.Equal(400, (int?)session["turn_detection"]!["silence_duration_ms"]);
            Assert.Equal("azure_deep_noise_suppression", (string?)session["input_audio_noise_reduction"]!["type"]);
            Assert.Equal("server_echo_cancellation", (string?)session["input_audio_echo_cancellation"]!["type"]);
            Assert.Equal(new[] { "lookup_order", "get_weather" }, session["tools"]!.AsArray().Select(t => (string?)t!["name"]).ToArray());
        }

        [Fact]
        public async Task Session_options_keep_the_callers_AIFunction_objects()
        {
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            var options = new RealtimeSessionOptions { Tools = new AITool[] { weather } };
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(options);

            Assert.Same(weather, Assert.Single(session.Options!.Tools!));
        }

        [Fact]
        public async Task A_session_without_options_sends_no_session_update()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            await using var reader = new MessageReader(session);

            // Ask for something the emulator answers, so that everything sent before it has been received.
            await TestHarness.AskAsync(session, "hello");
            await reader.UntilResponseDoneAsync();

            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            Assert.Empty(TestHarness.Received(server, "session.update"));
            Assert.Null(session.Options);
        }

        [Fact]
        public async Task The_model_option_chooses_the_deployment_in_the_url()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Model = "gpt-realtime-mini" });
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);

            Assert.Equal("gpt-realtime-mini", server.Query["model"]);
        }

        [Fact]
        public async Task The_agent_overload_connects_to_the_agent()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(new AgentSessionConfig("my-agent", "my-project"));
            await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions { Instructions = "hi" });
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);

            Assert.Equal("my-agent", server.Query["agent-name"]);
            Assert.Equal("my-project", server.Query["agent-project-name"]);
            Assert.False(server.Query.ContainsKey("model"));
        }

        public static IEnumerable<object[]> Unexpressible()
        {
            yield return new object[] { new RealtimeSessionOptions { SessionKind = RealtimeSessionKind.Transcription }, typeof(NotSupportedException) };
            yield return new object[] { new RealtimeSessionOptions { InputAudioFormat = new RealtimeAudioFormat("audio/opus", 48000) }, typeof(ArgumentException) };
            yield return new object[] { new RealtimeSessionOptions { InputAudioFormat = new RealtimeAudioFormat("audio/pcm", 44100) }, typeof(ArgumentException) };
            yield return new object[] { new RealtimeSessionOptions { OutputAudioFormat = new RealtimeAudioFormat("audio/pcmu", 16000) }, typeof(ArgumentException) };
            yield return new object[] { new RealtimeSessionOptions { Tools = new AITool[] { new HostedWebSearchTool() } }, typeof(NotSupportedException) };
            yield return new object[] { new RealtimeSessionOptions { RawRepresentationFactory = () => new object() }, typeof(ArgumentException) };
        }

        [Theory]
        [MemberData(nameof(Unexpressible))]
        public async Task Options_Voice_Live_cannot_express_fail_before_connecting(RealtimeSessionOptions options, Type exceptionType)
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);

            await Assert.ThrowsAsync(exceptionType, () => client.CreateSessionAsync(options));

            Assert.Empty(emulator.Connections);
        }
    }
}
