using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class FunctionCallTests
    {
        private const string WeatherSchema = """
            {"type":"object","properties":{"location":{"type":"string","description":"The city"}},"required":["location"]}
            """;

        private static RequestSession WeatherSession()
        {
            var session = new RequestSession
            {
                ToolChoice = ToolChoice.Auto,
                InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.AzureSpeech),
            };
            session.Tools.Add(new FunctionTool("get_weather") { Description = "Current weather for a city.", Parameters = BinaryData.FromString(WeatherSchema) });
            return session;
        }

        [Fact]
        public async Task Spoken_question_calls_the_tool_and_its_output_drives_the_reply()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            ServerEventSessionUpdated updated = await Harness.UpdateSessionAsync(connection, reader, WeatherSession());
            Assert.Equal("get_weather", Assert.IsType<FunctionTool>(Assert.Single(updated.Session.Tools)).Name);

            await Harness.AppendAudioAsync(connection, EmulatorAudio.ToBytes(Harness.Utterance("What's the weather like in Paris", 24000)), 4800);
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.Equal("What's the weather like in Paris", events.OfType<ServerEventConversationItemInputAudioTranscriptionCompleted>().Single().Transcript);
            ServerEventResponseFunctionCallArgumentsDone call = events.OfType<ServerEventResponseFunctionCallArgumentsDone>().Single();
            Assert.Equal("get_weather", call.Name);
            Assert.False(string.IsNullOrEmpty(call.CallId));
            using (JsonDocument arguments = JsonDocument.Parse(call.Arguments))
            {
                Assert.Equal("Paris", arguments.RootElement.GetProperty("location").GetString());
            }

            var done = (ServerEventResponseDone)events[^1];
            ResponseFunctionCallItem callItem = Assert.IsType<ResponseFunctionCallItem>(Assert.Single(done.Response.Output));
            Assert.Equal(call.CallId, callItem.CallId);
            Assert.Equal("get_weather", callItem.Name);

            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(call.CallId, """{"temperature_c":18,"sky":"sunny"}"""));
            await reader.WaitForAsync<ServerEventConversationItemCreated>();
            await connection.Response.CreateAsync();
            List<ServerEvent> reply = await reader.CollectUntilAsync<ServerEventResponseDone>();

            string transcript = reply.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript;
            Assert.Equal("Here is what get_weather returned: {\"temperature_c\":18,\"sky\":\"sunny\"}", transcript);

            // What went over the wire: the output item refers to the call.
            EmulatorReceivedEvent sent = await server.WaitAsync(e => e.Type == "conversation.item.create", Harness.Timeout);
            Assert.Equal(call.CallId, (string?)sent.ToJsonNode()["item"]!["call_id"]);
            Assert.Equal("function_call_output", (string?)sent.ToJsonNode()["item"]!["type"]);
        }

        [Fact]
        public async Task Custom_responder_drives_the_reply()
        {
            var seen = new List<string?>();
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(context =>
            {
                lock (seen)
                {
                    seen.Add(context.LastUserText);
                }

                return EmulatorReply.Say($"Custom answer to {context.LastUserText}");
            }));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("ping"));
            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();

            Assert.Equal("Custom answer to ping", events.OfType<ServerEventResponseAudioTranscriptDone>().Single().Transcript);
            Assert.Equal(new string?[] { "ping" }, seen);
        }

        [Fact]
        public async Task Custom_responder_can_call_a_function()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(
                context => context.FunctionOutput is null
                    ? EmulatorReply.CallFunction("lookup_order", """{"order_id":"A-17"}""")
                    : EmulatorReply.Say("Order status: " + context.FunctionOutput)));
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            var session = new RequestSession();
            session.Tools.Add(new FunctionTool("lookup_order") { Parameters = BinaryData.FromString("""{"type":"object","properties":{"order_id":{"type":"string"}}}""") });
            await Harness.UpdateSessionAsync(connection, reader, session);

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Where is my order?"));
            await connection.Response.CreateAsync();
            ServerEventResponseFunctionCallArgumentsDone call = await reader.WaitForAsync<ServerEventResponseFunctionCallArgumentsDone>();
            Assert.Equal("lookup_order", call.Name);
            Assert.Equal("""{"order_id":"A-17"}""", call.Arguments);
            await reader.WaitForAsync<ServerEventResponseDone>();

            await connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(call.CallId, "shipped"));
            await connection.Response.CreateAsync();
            ServerEventResponseAudioTranscriptDone reply = await reader.WaitForAsync<ServerEventResponseAudioTranscriptDone>();
            Assert.Equal("Order status: shipped", reply.Transcript);
        }
    }
}
