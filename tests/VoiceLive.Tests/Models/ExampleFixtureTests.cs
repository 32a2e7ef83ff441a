using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>The models read the documentation's own examples (tests/VoiceLive.Tests/Fixtures/examples.jsonl).</summary>
    public class ExampleFixtureTests
    {
        private static readonly Lazy<IReadOnlyList<JsonObject>> s_examples = new Lazy<IReadOnlyList<JsonObject>>(() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples.jsonl"))
                .Where(line => line.Trim().Length > 0)
                .Select(line => JsonNode.Parse(line)!.AsObject())
                .ToList());

        public static TheoryData<int> SessionUpdates => Indexes("session.update");

        [Theory]
        [MemberData(nameof(SessionUpdates))]
        public void EverySessionUpdateReadsAsRequestSessionAndWritesBackTheSameJson(int index)
        {
            string json = s_examples.Value[index]["session"]!.ToJsonString();

            ModelJson.RoundTrip<RequestSession>(json);
        }

        [Fact]
        public void SessionUpdateWithOpenAIVoiceAndSemanticVad()
        {
            RequestSession session = FirstSession<RequestSession>("session.update", s => s.ContainsKey("turn_detection"));

            Assert.Equal(new[] { Modality.Text, Modality.Audio }, session.Modalities);
            var voice = Assert.IsType<OpenAIVoice>(session.Voice);
            Assert.Equal(OpenAIVoiceName.Alloy, voice.Name);
            Assert.Equal("You are a helpful assistant. Be concise and friendly.", session.Instructions);
            Assert.Equal(InputAudioFormat.Pcm16, session.InputAudioFormat);
            Assert.Equal(OutputAudioFormat.Pcm16, session.OutputAudioFormat);
            Assert.Equal(24000, session.InputAudioSamplingRate);
            var vad = Assert.IsType<AzureSemanticVad>(session.TurnDetection);
            Assert.Equal(0.5, vad.Threshold);
            Assert.Equal(300, vad.PrefixPaddingMs);
            Assert.Equal(500, vad.SilenceDurationMs);
            Assert.Equal(0.8, session.Temperature);
            Assert.True(session.MaxResponseOutputTokens!.Value.IsInfinite);
        }

        [Fact]
        public void SessionUpdateWithCustomVoiceNoiseReductionAndAvatar()
        {
            RequestSession session = FirstSession<RequestSession>("session.update", s => s.ContainsKey("avatar"));

            var voice = Assert.IsType<AzureCustomVoice>(session.Voice);
            Assert.Equal("my-custom-voice", voice.Name);
            Assert.Equal("12345678-1234-1234-1234-123456789012", voice.EndpointId);
            Assert.Equal(0.7, voice.Temperature);
            Assert.Equal("cheerful", voice.Style);
            Assert.Equal(NoiseReductionType.AzureDeepNoiseSuppression, session.InputAudioNoiseReduction!.Type);
            Assert.Equal("lisa", session.Avatar!.Character);
            Assert.False(session.Avatar.Customized);
            Assert.Equal(1920, session.Avatar.Video!.Resolution!.Width);
            Assert.Equal(1080, session.Avatar.Video.Resolution.Height);
            Assert.Equal(2000000, session.Avatar.Video.Bitrate);
            Assert.Empty(session.Modalities);
            Assert.Null(session.TurnDetection);
        }

        [Fact]
        public void SessionUpdateWithClientEchoCancellationReference()
        {
            RequestSession session = FirstSession<RequestSession>("session.update", s => s.ContainsKey("input_audio_echo_cancellation"));

            Assert.Equal(InputAudioFormat.Pcm16, session.InputAudioFormat);
            Assert.Equal("server_echo_cancellation", session.InputAudioEchoCancellation!.Type);
            Assert.Equal(EchoCancellationReferenceSource.Client, session.InputAudioEchoCancellation.ReferenceSource);
            Assert.Equal(2, session.InputAudioEchoCancellation.Channels);
        }

        [Fact]
        public void SessionCreatedReadsAsResponseSession()
        {
            ResponseSession session = FirstSession<ResponseSession>("session.created", _ => true);

            Assert.Equal("sess_ABC123DEF456", session.Id);
            Assert.Equal("realtime.session", session.Object);
            Assert.Equal("gpt-realtime", session.Model);
            Assert.Equal(new[] { Modality.Text, Modality.Audio }, session.Modalities);
            Assert.Equal("You are a helpful assistant.", session.Instructions);
            Assert.Equal(OpenAIVoiceName.Alloy, Assert.IsType<OpenAIVoice>(session.Voice).Name);
            Assert.Equal(24000, session.InputAudioSamplingRate);
            Assert.Equal(500, Assert.IsType<AzureSemanticVad>(session.TurnDetection).SilenceDurationMs);
            Assert.True(session.MaxResponseOutputTokens!.Value.IsInfinite);
        }

        public static TheoryData<int> SessionReports => Indexes("session.created", "session.updated");

        [Theory]
        [MemberData(nameof(SessionReports))]
        public void EverySessionReportRoundTrips(int index)
        {
            ModelJson.RoundTrip<ResponseSession>(s_examples.Value[index]["session"]!.ToJsonString());
        }

        public static TheoryData<int> AllExamples
        {
            get
            {
                var data = new TheoryData<int>();
                for (int i = 0; i < s_examples.Value.Count; i++)
                {
                    data.Add(i);
                }

                return data;
            }
        }

        /// <summary>Every model-valued field of every example reads without error, and nothing the example sent is lost.</summary>
        [Theory]
        [MemberData(nameof(AllExamples))]
        public void EveryModelInTheExamplesReads(int index)
        {
            JsonObject example = s_examples.Value[index];
            string type = (string)example["type"]!;
            foreach (KeyValuePair<string, JsonNode?> field in example)
            {
                if (field.Value is not JsonObject value || ModelTypeFor(type, field.Key) is not Type modelType)
                {
                    continue;
                }

                object model = JsonSerializer.Deserialize(value.ToJsonString(), modelType, VoiceLiveJson.Options)!;
                Assert.NotNull(model);
                JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(model, modelType, VoiceLiveJson.Options))!;
                AssertContainsEverythingModelled(value, written, type + "." + field.Key);
            }
        }

        [Fact]
        public void ResponseCreateWithBareToolChoiceAndSessionStyleTokenLimit()
        {
            var withToolChoice = Response("response.create", r => r.ContainsKey("tool_choice"));
            var create = ModelJson.Read<ResponseCreateParams>(withToolChoice.ToJsonString());
            Assert.Equal("get_current_time", create.ToolChoice);
            var tool = Assert.IsType<FunctionTool>(Assert.Single(create.Tools));
            Assert.Equal("""{"type":"object","properties":{}}""", JsonNode.Parse(tool.Parameters!.ToString())!.ToJsonString());

            var withLimit = Response("response.create", r => r.ContainsKey("max_response_output_tokens"));
            Assert.Equal(1000, ModelJson.Read<ResponseCreateParams>(withLimit.ToJsonString()).MaxOutputTokens!.Value.Value);

            var preGenerated = Response("response.create", r => r.ContainsKey("pre_generated_assistant_message"));
            var message = ModelJson.Read<ResponseCreateParams>(preGenerated.ToJsonString()).PreGeneratedAssistantMessage!;
            Assert.Equal(MessageRole.Assistant, message.Role);
            Assert.Equal("repeat what I say", Assert.IsType<OutputTextContentPart>(Assert.Single(message.Content)).Text);
        }

        [Fact]
        public void ResponseDoneReadsUsageAndOutput()
        {
            var response = ModelJson.Read<VoiceLiveResponse>(Response("response.done", _ => true).ToJsonString());

            Assert.Equal(ResponseStatus.Completed, response.Status);
            Assert.Null(response.StatusDetails);
            var item = Assert.IsType<ResponseMessageItem>(Assert.Single(response.Output));
            Assert.Equal(MessageRole.Assistant, item.Role);
            Assert.StartsWith("Hello!", Assert.IsType<ResponseTextContentPart>(Assert.Single(item.Content)).Text, StringComparison.Ordinal);
            Assert.Equal(87, response.Usage!.TotalTokens);
            Assert.Equal(45, response.Usage.InputTokenDetails!.TextTokens);
            Assert.Equal(20, response.Usage.OutputTokenDetails!.AudioTokens);
            Assert.Null(response.Usage.OutputTokenDetails.ReasoningTokens);
        }

        private static JsonObject Response(string type, Func<JsonObject, bool> predicate)
            => s_examples.Value.Where(e => (string)e["type"]! == type).Select(e => e["response"]!.AsObject()).First(predicate);

        private static T FirstSession<T>(string type, Func<JsonObject, bool> predicate)
        {
            JsonObject session = s_examples.Value
                .Where(e => (string)e["type"]! == type)
                .Select(e => e["session"]!.AsObject())
                .First(predicate);
            return ModelJson.Read<T>(session.ToJsonString());
        }

        private static TheoryData<int> Indexes(params string[] types)
        {
            var data = new TheoryData<int>();
            for (int i = 0; i < s_examples.Value.Count; i++)
            {
                if (types.Contains((string)s_examples.Value[i]["type"]!))
                {
                    data.Add(i);
                }
            }

            return data;
        }

        private static Type? ModelTypeFor(string eventType, string field) => (eventType, field) switch
        {
            ("session.update", "session") => typeof(RequestSession),
            ("session.created" or "session.updated", "session") => typeof(ResponseSession),
            ("response.create", "response") => typeof(ResponseCreateParams),
            (_, "response") => typeof(VoiceLiveResponse),
            ("conversation.item.create", "item") => typeof(ConversationRequestItem),
            (_, "item") => typeof(ResponseItem),
            (_, "part") => typeof(ContentPart),
            ("rtc.call.error", "error") => typeof(RtcCallErrorDetails),
            ("error", "error") => typeof(ServerEventErrorDetails),
            ("warning", "warning") => typeof(ServerEventWarningDetails),
            _ => null,
        };

        // Written JSON must keep every property of the source that the model maps: a value may only disappear when the
        // source had a field the model does not know (extra fields are tolerated, not kept) or aliased it (legacy names).
        private static void AssertContainsEverythingModelled(JsonNode source, JsonNode written, string path)
        {
            if (source is JsonObject sourceObject && written is JsonObject writtenObject)
            {
                foreach (KeyValuePair<string, JsonNode?> property in writtenObject)
                {
                    if (!sourceObject.ContainsKey(property.Key))
                    {
                        // Required numbers and booleans are value types: a missing one is written as its default.
                        Assert.True(IsAlias(property.Key, sourceObject) || IsDefault(property.Value), $"{path}: wrote {property.Key} that the source did not have");
                        continue;
                    }

                    if (sourceObject[property.Key] is JsonNode child && property.Value is JsonNode writtenChild)
                    {
                        AssertContainsEverythingModelled(child, writtenChild, path + "." + property.Key);
                    }
                }
            }
            else if (source is JsonArray sourceArray && written is JsonArray writtenArray)
            {
                Assert.Equal(sourceArray.Count, writtenArray.Count);
                for (int i = 0; i < sourceArray.Count; i++)
                {
                    AssertContainsEverythingModelled(sourceArray[i]!, writtenArray[i]!, path + "[" + i + "]");
                }
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(source, written), $"{path}: {source.ToJsonString()} became {written.ToJsonString()}");
            }
        }

        private static bool IsDefault(JsonNode? value)
            => value is JsonValue scalar && (scalar.ToJsonString() == "0" || scalar.ToJsonString() == "false");

        private static bool IsAlias(string written, JsonObject source)
            => (written == "max_output_tokens" && source.ContainsKey("max_response_output_tokens"))
            || (written == "image_url" && source.ContainsKey("url"));
    }
}
