using System;
using System.Text.Json;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>Fields whose wire form is more than one JSON shape, or null with a meaning.</summary>
    public class SpecialFormTests
    {
        [Fact]
        public void TurnDetectionNeverSetIsOmitted()
        {
            ModelJson.Equal("""{"instructions":"x"}""", ModelJson.Write(new RequestSession { Instructions = "x" }));
        }

        [Fact]
        public void TurnDetectionDisabledWritesNull()
        {
            ModelJson.Equal("""{"turn_detection":null}""", ModelJson.Write(new RequestSession { TurnDetection = TurnDetection.Disabled }));
        }

        [Fact]
        public void TurnDetectionNullReadsAsDisabled()
        {
            var session = ModelJson.Read<ResponseSession>("""{"id":"s","turn_detection":null}""");

            Assert.Same(TurnDetection.Disabled, session.TurnDetection);
            Assert.True(session.TurnDetection!.IsDisabled);
            ModelJson.Equal("""{"id":"s","turn_detection":null}""", ModelJson.Write(session));
        }

        [Fact]
        public void TurnDetectionAbsentReadsAsNull()
        {
            Assert.Null(ModelJson.Read<ResponseSession>("""{"id":"s"}""").TurnDetection);
            Assert.False(new ServerVad().IsDisabled);
        }

        [Fact]
        public void NullableAudioSettingsHaveDisabledSentinels()
        {
            var off = new RequestSession
            {
                InputAudioNoiseReduction = AudioNoiseReduction.Disabled,
                InputAudioEchoCancellation = AudioEchoCancellation.Disabled,
                InputAudioTranscription = AudioInputTranscriptionOptions.Disabled,
            };
            ModelJson.Equal(
                """{"input_audio_noise_reduction":null,"input_audio_echo_cancellation":null,"input_audio_transcription":null}""",
                ModelJson.Write(off));
            ModelJson.Equal("{}", ModelJson.Write(new RequestSession()));

            var reported = ModelJson.Read<ResponseSession>(
                """{"input_audio_noise_reduction":null,"input_audio_echo_cancellation":null,"input_audio_transcription":null}""");
            Assert.True(reported.InputAudioNoiseReduction!.IsDisabled);
            Assert.True(reported.InputAudioEchoCancellation!.IsDisabled);
            Assert.True(reported.InputAudioTranscription!.IsDisabled);

            var on = ModelJson.RoundTrip<ResponseSession>(
                """{"input_audio_noise_reduction":{"type":"near_field"},"input_audio_transcription":{"model":"azure-speech","language":"en-US","phrase_list":["Contoso"],"custom_speech":{"en-US":"id"}}}""");
            Assert.False(on.InputAudioNoiseReduction!.IsDisabled);
            Assert.Equal(InputAudioTranscriptionModel.AzureSpeech, on.InputAudioTranscription!.Model);
            Assert.Null(on.InputAudioEchoCancellation);
        }

        [Theory]
        [InlineData("4096", 4096)]
        [InlineData("\"4096\"", 4096)]
        [InlineData("\"inf\"", null)]
        [InlineData("\"INF\"", null)]
        [InlineData("99999999999", null)]
        public void MaxOutputTokensReadsNumberOrInf(string json, int? expected)
        {
            var session = ModelJson.Read<ResponseSession>("{\"max_response_output_tokens\":" + json + "}");

            Assert.Equal(expected, session.MaxResponseOutputTokens!.Value.Value);
            Assert.Equal(expected is null, session.MaxResponseOutputTokens.Value.IsInfinite);
        }

        [Fact]
        public void MaxOutputTokensWritesNumberOrInf()
        {
            ModelJson.Equal("""{"max_response_output_tokens":1024}""", ModelJson.Write(new RequestSession { MaxResponseOutputTokens = 1024 }));
            ModelJson.Equal("""{"max_output_tokens":"inf"}""", ModelJson.Write(new ResponseCreateParams { MaxOutputTokens = MaxOutputTokens.Infinite }));
            Assert.Equal("inf", MaxOutputTokens.Infinite.ToString());
            Assert.Equal("7", new MaxOutputTokens(7).ToString());
            Assert.True(MaxOutputTokens.Infinite == default(MaxOutputTokens));
            Assert.True((MaxOutputTokens)7 != MaxOutputTokens.Infinite);
            Assert.Null(ModelJson.Read<ResponseSession>("""{"max_response_output_tokens":null}""").MaxResponseOutputTokens);
        }

        [Theory]
        [InlineData("\"lots\"")]
        [InlineData("true")]
        public void MaxOutputTokensOfAnotherShapeIsAJsonError(string json)
        {
            Assert.Throws<JsonException>(() => ModelJson.Read<ResponseSession>("{\"max_response_output_tokens\":" + json + "}"));
        }

        [Fact]
        public void VoiceStringFormReadsAsOpenAIVoiceAndWritesBackAsString()
        {
            var session = ModelJson.Read<ResponseSession>("""{"voice":"alloy"}""");

            var voice = Assert.IsType<OpenAIVoice>(session.Voice);
            Assert.Equal(OpenAIVoiceName.Alloy, voice.Name);
            Assert.Equal("openai", voice.Type);
            ModelJson.Equal("""{"voice":"alloy"}""", ModelJson.Write(session));
        }

        [Fact]
        public void VoiceBuiltInCodeWritesTheObjectForm()
        {
            ModelJson.Equal("""{"voice":{"type":"openai","name":"marin"}}""", ModelJson.Write(new RequestSession { Voice = OpenAIVoiceName.Marin }));
            ModelJson.Equal("""{"voice":{"type":"azure-custom","name":"v","endpoint_id":"e"}}""", ModelJson.Write(new RequestSession { Voice = new AzureCustomVoice("v", "e") }));
            Assert.Throws<JsonException>(() => ModelJson.Read<Voice>("42"));
        }

        [Theory]
        [InlineData("\"auto\"")]
        [InlineData("\"none\"")]
        [InlineData("\"required\"")]
        public void ToolChoiceKeywordRoundTrips(string json)
        {
            ToolChoice choice = ModelJson.RoundTrip<ToolChoice>(json);

            Assert.Equal(json.Trim('"'), choice.Literal!.Value.ToString());
            Assert.Null(choice.FunctionSelection);
        }

        [Fact]
        public void ToolChoiceStaticsAndFunctionWriteTheirWireForm()
        {
            ModelJson.Equal("\"auto\"", ModelJson.Write(ToolChoice.Auto));
            ModelJson.Equal("\"none\"", ModelJson.Write(ToolChoice.None));
            ModelJson.Equal("\"required\"", ModelJson.Write(ToolChoice.Required));
            ModelJson.Equal("""{"type":"function","name":"f"}""", ModelJson.Write(ToolChoice.Function("f")));
            ToolChoice fromLiteral = ToolChoiceLiteral.Required;
            ModelJson.Equal("\"required\"", ModelJson.Write(fromLiteral));
        }

        [Fact]
        public void ToolChoiceFunctionObjectRoundTrips()
        {
            ToolChoice choice = ModelJson.RoundTrip<ToolChoice>("""{"type":"function","name":"get_weather"}""");

            Assert.Equal("get_weather", choice.FunctionName);
            Assert.Null(choice.Literal);
        }

        [Fact]
        public void ToolChoiceBareFunctionNameReadsAsFunctionAndWritesBackAsString()
        {
            ToolChoice choice = ModelJson.RoundTrip<ToolChoice>("\"get_weather\"");

            Assert.Equal("get_weather", choice.FunctionName);
        }

        [Fact]
        public void ToolChoiceEqualityComparesWhatIsSent()
        {
            Assert.True(ModelJson.Read<ToolChoice>("\"auto\"") == ToolChoice.Auto);
            Assert.True(ModelJson.Read<ToolChoice>("\"AUTO\"") == ToolChoice.Auto);
            Assert.True(ModelJson.Read<ToolChoice>("""{"type":"function","name":"f"}""") == ToolChoice.Function("f"));
            Assert.Equal(ToolChoice.Function("f"), ModelJson.Read<ToolChoice>("\"f\""));
            Assert.True(ToolChoice.Auto != ToolChoice.None);
            Assert.True(ToolChoice.Function("f") != ToolChoice.Function("g"));
            Assert.False(ToolChoice.Auto.Equals(null));
            Assert.Equal(ToolChoice.Function("f").GetHashCode(), ToolChoice.Function("f").GetHashCode());
        }

        [Fact]
        public void ToolChoiceUnknownObjectIsKeptVerbatim()
        {
            ToolChoice choice = ModelJson.RoundTrip<ToolChoice>("""{"type":"mcp","server_label":"docs","name":"search"}""");

            Assert.Null(choice.Literal);
            Assert.Null(choice.FunctionSelection);
            Assert.NotNull(choice.RawJson);
        }

        [Fact]
        public void McpApprovalPolicyForms()
        {
            McpApprovalPolicy never = ModelJson.RoundTrip<McpApprovalPolicy>("\"never\"");
            Assert.Equal(McpApprovalType.Never, never.Type);

            McpApprovalPolicy lists = ModelJson.RoundTrip<McpApprovalPolicy>("""{"never":["a"],"always":["b","c"]}""");
            Assert.Null(lists.Type);
            Assert.Equal(new[] { "a" }, lists.NeverTools);
            Assert.Equal(new[] { "b", "c" }, lists.AlwaysTools);

            McpApprovalPolicy openAIShape = ModelJson.Read<McpApprovalPolicy>("""{"always":{"tool_names":["x"]}}""");
            Assert.Equal(new[] { "x" }, openAIShape.AlwaysTools);
            Assert.Null(openAIShape.NeverTools);

            McpApprovalPolicy implicitPolicy = McpApprovalType.Always;
            ModelJson.Equal("\"always\"", ModelJson.Write(implicitPolicy));
            ModelJson.Equal("""{"never":["n"]}""", ModelJson.Write(McpApprovalPolicy.PerTool(never: new[] { "n" })));
        }

        [Fact]
        public void ExpiresAtIsUnixSeconds()
        {
            var session = ModelJson.RoundTrip<ResponseSession>("""{"expires_at":1767225600}""");

            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), session.ExpiresAt);
            Assert.Null(ModelJson.Read<ResponseSession>("""{"expires_at":null}""").ExpiresAt);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 500, TimeSpan.Zero), ModelJson.Read<ResponseSession>("""{"expires_at":1767225600.5}""").ExpiresAt);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ModelJson.Read<ResponseSession>("""{"expires_at":"1767225600"}""").ExpiresAt);
        }

        [Fact]
        public void FailedDetailsKeepTheErrorMessage()
        {
            var details = Assert.IsType<ResponseFailedDetails>(
                ModelJson.Read<ResponseStatusDetails>("""{"type":"failed","error":{"type":"server_error","code":"rate","message":"Too fast"}}"""));

            Assert.Equal("Too fast", details.Message);
            Assert.Equal("rate", details.Code);

            var text = Assert.IsType<ResponseFailedDetails>(ModelJson.Read<ResponseStatusDetails>("""{"type":"failed","error":"plain words"}"""));
            Assert.Equal("plain words", text.Message);
            Assert.Null(text.Code);

            Assert.Null(new ResponseFailedDetails().Message);
        }

        [Fact]
        public void RawJsonFieldsKeepTheirJson()
        {
            var tool = new FunctionTool("f") { Parameters = BinaryData.FromString("""{"type":"object","properties":{}}""") };
            ModelJson.Equal("""{"type":"function","name":"f","parameters":{"type":"object","properties":{}}}""", ModelJson.Write<Tool>(tool));

            var create = ModelJson.RoundTrip<ResponseCreateParams>("""{"invoke_input":{"a":1,"b":{"c":[true,null]},"d":"s"}}""");
            Assert.Equal("""{"c":[true,null]}""", create.InvokeInput["b"].ToString());
        }

        [Fact]
        public void LegacyImageUrlFieldIsReadButNotWritten()
        {
            var part = Assert.IsType<RequestImageContentPart>(ModelJson.Read<ContentPart>("""{"type":"input_image","url":"https://old"}"""));
            Assert.Equal("https://old", part.ImageUrl);
            ModelJson.Equal("""{"type":"input_image","image_url":"https://old"}""", ModelJson.Write<ContentPart>(part));

            var both = Assert.IsType<RequestImageContentPart>(ModelJson.Read<ContentPart>("""{"type":"input_image","url":"https://old","image_url":"https://new"}"""));
            Assert.Equal("https://new", both.ImageUrl);
        }
    }
}
