using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class FunctionCallTests
    {
        private static JsonObject WeatherTools() => new()
        {
            ["type"] = "session.update",
            ["session"] = JsonNode.Parse("""
                {"tools":[{"type":"function","name":"get_weather","description":"Current weather",
                  "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}]}
                """),
        };

        [Fact]
        public async Task Spoken_question_calls_the_tool_and_the_output_is_used_in_the_reply()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(WeatherTools());
            await client.WaitForAsync("session.updated");

            await client.AppendAudioAsync(EmulatorAudio.ToBytes(VadTests.Utterance("What's the weather like in Paris today?", 24000)));
            var events = await client.CollectUntilAsync("response.done");

            JsonObject args = events.Single(e => (string?)e["type"] == "response.function_call_arguments.done");
            Assert.Equal("get_weather", (string?)args["name"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"location":"Paris"}"""), JsonNode.Parse((string)args["arguments"]!)));
            string deltas = string.Concat(events.Where(e => (string?)e["type"] == "response.function_call_arguments.delta").Select(e => (string?)e["delta"]));
            Assert.Equal((string?)args["arguments"], deltas);
            JsonObject item = (JsonObject)events[^1]["response"]!["output"]![0]!;
            Assert.Equal("function_call", (string?)item["type"]);
            Assert.Equal((string?)args["call_id"], (string?)item["call_id"]);
            Assert.Equal("completed", (string?)events[^1]["response"]!["status"]);
            string[] order = events.Select(e => (string)e["type"]!).SkipWhile(t => t != "response.created").Distinct().ToArray();
            Assert.Equal(
                new[] { "response.created", "response.output_item.added", "conversation.item.created", "response.function_call_arguments.delta", "response.function_call_arguments.done", "response.output_item.done", "response.done" },
                order);

            await client.SendAsync(new JsonObject
            {
                ["type"] = "conversation.item.create",
                ["item"] = new JsonObject { ["type"] = "function_call_output", ["call_id"] = (string?)args["call_id"], ["output"] = """{"temperature":"18 C"}""" },
            });
            await client.WaitForAsync("conversation.item.created");
            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            JsonObject reply = await client.WaitForAsync("response.audio_transcript.done");

            Assert.Equal("""Here is what get_weather returned: {"temperature":"18 C"}""", (string?)reply["transcript"]);
        }

        [Fact]
        public async Task Unrelated_words_do_not_call_the_tool_and_tool_choice_none_disables_it()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(WeatherTools());
            await client.WaitForAsync("session.updated");

            await client.SendAsync(ResponseTests.UserText("Tell me a joke"));
            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            Assert.Equal("You said: \"Tell me a joke\".", (string?)(await client.WaitForAsync("response.audio_transcript.done"))["transcript"]);
            await client.WaitForAsync("response.done");

            await client.SendAsync(ResponseTests.UserText("weather in Oslo"));
            await client.SendAsync(new JsonObject { ["type"] = "response.create", ["response"] = JsonNode.Parse("""{"tool_choice":"none"}""") });
            Assert.Equal("You said: \"weather in Oslo\".", (string?)(await client.WaitForAsync("response.audio_transcript.done"))["transcript"]);
        }

        [Fact]
        public async Task A_custom_responder_sees_the_conversation()
        {
            EmulatorResponderContext? seen = null;
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(ctx =>
            {
                seen = ctx;
                return EmulatorReply.CallFunction("lookup", """{"q":1}""");
            }));
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(ResponseTests.UserText("custom"));
            await client.SendAsync(new JsonObject { ["type"] = "response.create", ["additional_instructions"] = "Be terse." });
            JsonObject args = await client.WaitForAsync("response.function_call_arguments.done");

            Assert.Equal("lookup", (string?)args["name"]);
            Assert.Equal("""{"q":1}""", (string?)args["arguments"]);
            Assert.NotNull(seen);
            Assert.Equal("custom", seen!.LastUserText);
            Assert.Single(seen.Items);
            Assert.EndsWith("Be terse.", seen.Instructions, System.StringComparison.Ordinal);
        }
    }
}
