using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>The default responder's documented convention for which tools a request calls and with which arguments.</summary>
    public class ToolConventionTests
    {
        private static JsonArray Tools(params string[] tools)
        {
            return new JsonArray(tools.Select(t => JsonNode.Parse(t)).ToArray());
        }

        private static string Function(string name, string parameters = """{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}""")
        {
            return $$"""{"type":"function","name":"{{name}}","parameters":{{parameters}}}""";
        }

        private static List<(string Name, string Arguments)> Plan(JsonArray tools, string heard, JsonNode? choice = null)
        {
            return ToolCallPlanner.Plan(tools, choice, heard).Select(c => (c.Name, c.Arguments)).ToList();
        }

        /// <summary>Same function names in the same order, and structurally equal arguments.</summary>
        private static void AssertCalls(List<(string Name, string Arguments)> actual, params (string Name, string Arguments)[] expected)
        {
            Assert.Equal(expected.Select(e => e.Name), actual.Select(a => a.Name));
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected[i].Arguments), JsonNode.Parse(actual[i].Arguments)), $"call {i}: expected {expected[i].Arguments}, got {actual[i].Arguments}");
            }
        }

        [Theory]
        [InlineData("weather in Paris and the time in Tokyo")]
        [InlineData("weather in Paris, time in Tokyo")]
        [InlineData("weather in Paris; time in Tokyo")]
        [InlineData("weather in Paris then time in Tokyo")]
        public void Each_request_of_the_utterance_calls_the_tool_it_mentions(string heard)
        {
            JsonArray tools = Tools(Function("get_time"), Function("get_weather"));

            AssertCalls(Plan(tools, heard), ("get_weather", """{"location":"Paris"}"""), ("get_time", """{"location":"Tokyo"}"""));
        }

        [Fact]
        public void Tools_mentioned_in_one_request_are_called_in_the_order_mentioned_and_share_its_place()
        {
            JsonArray tools = Tools(Function("get_weather"), Function("getLocalTime"));

            AssertCalls(Plan(tools, "local time or weather in New York"), ("getLocalTime", """{"location":"New York"}"""), ("get_weather", """{"location":"New York"}"""));
        }

        [Fact]
        public void A_request_without_a_place_takes_the_place_of_the_utterance()
        {
            JsonArray tools = Tools(Function("get_weather"), Function("get_time"));

            AssertCalls(Plan(tools, "the weather and the time in Lima"), ("get_weather", """{"location":"Lima"}"""), ("get_time", """{"location":"Lima"}"""));
        }

        [Fact]
        public void Tool_choice_none_required_and_named_are_honoured()
        {
            JsonArray tools = Tools(Function("get_weather"), Function("get_time"));

            Assert.Empty(Plan(tools, "weather in Oslo", JsonValue.Create("none")));
            Assert.Empty(Plan(tools, "tell me a joke"));
            AssertCalls(Plan(tools, "tell me a joke", JsonValue.Create("required")), ("get_weather", """{"location":"tell me a joke"}"""));
            AssertCalls(Plan(tools, "weather in Oslo and time in Oslo", JsonNode.Parse("""{"type":"function","name":"get_time"}""")), ("get_time", """{"location":"Oslo"}"""));
            Assert.Empty(Plan(Tools(), "weather in Oslo"));
        }

        [Fact]
        public void Arguments_follow_the_schema_types()
        {
            const string Schema = """
                {"type":"object","properties":{
                  "party":{"type":"integer"},"budget":{"type":"number"},"cuisine":{"type":"string","enum":["thai","italian"]},
                  "outdoor":{"type":"boolean"},"tags":{"type":"array"},"extra":{"type":"object"},"note":{"type":["string","null"]},
                  "optional_count":{"type":"integer"},"city":{"type":"string"}},
                 "required":["party","budget","cuisine","outdoor","tags","extra","note"]}
                """;

            var (name, arguments) = Plan(Tools(Function("book_table", Schema)), "book a table for 4 Italian dinner at Rome").Single();

            Assert.Equal("book_table", name);
            Assert.True(
                JsonNode.DeepEquals(
                    JsonNode.Parse("""{"party":4,"budget":4,"cuisine":"italian","outdoor":true,"tags":[],"extra":{},"note":"book a table for 4 Italian dinner at Rome","city":"Rome"}"""),
                    JsonNode.Parse(arguments)),
                arguments);
        }

        [Fact]
        public void A_required_enum_not_named_gets_its_first_value_and_a_tool_without_parameters_gets_an_empty_object()
        {
            const string Schema = """{"type":"object","properties":{"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["unit"]}""";

            AssertCalls(Plan(Tools(Function("get_temperature", Schema)), "the temperature please"), ("get_temperature", """{"unit":"celsius"}"""));
            AssertCalls(Plan(Tools(Function("get_temperature", Schema)), "temperature in fahrenheit"), ("get_temperature", """{"unit":"fahrenheit"}"""));
            AssertCalls(Plan(Tools("""{"type":"function","name":"hang_up"}"""), "please hang up now"), ("hang_up", "{}"));
        }
    }
}
