using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>Each MEAI client message, and a raw ClientEvent, as the emulator received it.</summary>
    public class SendTests
    {
        private sealed class Fixture : IAsyncDisposable
        {
            public VoiceLiveEmulator Emulator { get; private init; } = null!;

            public IRealtimeClient Client { get; private init; } = null!;

            public IRealtimeClientSession Session { get; private init; } = null!;

            public EmulatorConnection Server { get; private init; } = null!;

            public static async Task<Fixture> StartAsync(RealtimeSessionOptions? options = null)
            {
                VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
                IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
                IRealtimeClientSession session = await client.CreateSessionAsync(options);
                return new Fixture { Emulator = emulator, Client = client, Session = session, Server = await TestHarness.ServerAsync(emulator) };
            }

            public async ValueTask DisposeAsync()
            {
                await Session.DisposeAsync();
                Client.Dispose();
                await Emulator.DisposeAsync();
            }
        }

        private static RealtimeConversationItem Item(ChatRole? role, params AIContent[] contents) => new RealtimeConversationItem(contents.ToList(), null, role);

        [Fact]
        public async Task A_user_message_with_text_audio_and_an_image_becomes_one_user_item()
        {
            await using Fixture f = await Fixture.StartAsync();
            byte[] audio = { 1, 2, 3, 4 };
            byte[] png = { 0x89, 0x50, 0x4E, 0x47 };

            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(
                new RealtimeConversationItem(new List<AIContent> { new TextContent("look"), new DataContent(audio, "audio/pcm"), new DataContent(png, "image/png"), new UriContent("https://example.com/a.jpg", "image/jpeg") }, "item_user_1", ChatRole.User))
            { MessageId = "evt_1" });
            JsonNode sent = await TestHarness.WaitForReceivedAsync(f.Server, "conversation.item.create");

            Assert.Equal("evt_1", (string?)sent["event_id"]);
            JsonNode item = sent["item"]!;
            Assert.Equal("item_user_1", (string?)item["id"]);
            Assert.Equal("message", (string?)item["type"]);
            Assert.Equal("user", (string?)item["role"]);
            JsonArray content = item["content"]!.AsArray();
            Assert.Equal(new[] { "input_text", "input_audio", "input_image", "input_image" }, content.Select(c => (string?)c!["type"]).ToArray());
            Assert.Equal("look", (string?)content[0]!["text"]);
            Assert.Equal(Convert.ToBase64String(audio), (string?)content[1]!["audio"]);
            Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), (string?)content[2]!["image_url"]);
            Assert.Equal("https://example.com/a.jpg", (string?)content[3]!["image_url"]);
        }

        [Fact]
        public async Task System_assistant_and_role_less_text_messages_keep_their_role()
        {
            await using Fixture f = await Fixture.StartAsync();

            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(ChatRole.System, new TextContent("rules"))));
            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(ChatRole.Assistant, new TextContent("earlier answer"))));
            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(null, new TextContent("no role"))));
            await TestHarness.WaitForReceivedAsync(f.Server, "conversation.item.create", 3);
            List<JsonNode> items = TestHarness.Received(f.Server, "conversation.item.create").Select(e => e["item"]!).ToList();

            Assert.Equal(new[] { "system", "assistant", "user" }, items.Select(i => (string?)i["role"]).ToArray());
            Assert.Equal("input_text", (string?)items[0]["content"]![0]!["type"]);
            Assert.Equal("text", (string?)items[1]["content"]![0]!["type"]);
            Assert.Equal("earlier answer", (string?)items[1]["content"]![0]!["text"]);
            Assert.Equal("no role", (string?)items[2]["content"]![0]!["text"]);
        }

        [Fact]
        public async Task Function_calls_and_results_become_items_of_their_own()
        {
            await using Fixture f = await Fixture.StartAsync();
            var arguments = new Dictionary<string, object?> { ["location"] = "Paris", ["days"] = 2 };

            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(null,
                new FunctionCallContent("call_1", "get_weather", arguments),
                new FunctionResultContent("call_1", JsonSerializer.SerializeToElement(new { temperature = 18 })),
                new FunctionResultContent("call_2", "plain text result"))));
            await TestHarness.WaitForReceivedAsync(f.Server, "conversation.item.create", 3);
            List<JsonNode> items = TestHarness.Received(f.Server, "conversation.item.create").Select(e => e["item"]!).ToList();

            Assert.Equal("function_call", (string?)items[0]["type"]);
            Assert.Equal("get_weather", (string?)items[0]["name"]);
            Assert.Equal("call_1", (string?)items[0]["call_id"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"location":"Paris","days":2}"""), JsonNode.Parse((string)items[0]["arguments"]!)));
            Assert.Equal("function_call_output", (string?)items[1]["type"]);
            Assert.Equal("call_1", (string?)items[1]["call_id"]);
            Assert.Equal("""{"temperature":18}""", (string?)items[1]["output"]);
            Assert.Equal("plain text result", (string?)items[2]["output"]);
        }

        private sealed class Node
        {
            public Node? Next { get; set; }
        }

        private sealed class Exploding
        {
            public string Value => throw new NotImplementedException("no value");
        }

        [Fact]
        public async Task A_result_that_cannot_be_serialized_becomes_an_error_output_and_a_warning()
        {
            var logs = new CapturingLoggerProvider();
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using Microsoft.Extensions.Logging.ILoggerFactory loggerFactory = logs.CreateFactory();
            using IRealtimeClient client = TestHarness.Client(emulator, loggerFactory).AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            var cycle = new Node();
            cycle.Next = cycle;

            await session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(null, new FunctionResultContent("call_cycle", cycle))));
            await session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(null, new FunctionResultContent("call_throws", new Exploding()))));
            await TestHarness.WaitForReceivedAsync(server, "conversation.item.create", 2);

            Assert.All(TestHarness.Received(server, "conversation.item.create"), e => Assert.Equal("Error: the function result could not be serialized to JSON.", (string?)e["item"]!["output"]));
            Assert.Equal(2, logs.Lines.Count(line => line.Id.Id == 1004 && line.Level == Microsoft.Extensions.Logging.LogLevel.Warning));
            Assert.Contains(logs.Lines, line => line.Id.Id == 1004 && line.Message.Contains("call_throws", StringComparison.Ordinal));
        }

        [Fact]
        public async Task An_item_whose_raw_representation_is_a_request_item_is_sent_as_it_is()
        {
            await using Fixture f = await Fixture.StartAsync();
            var raw = new UserMessageItem("from the raw item") { Id = "raw_item" };

            await f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(new RealtimeConversationItem(new List<AIContent>(), null, null) { RawRepresentation = raw }));
            JsonNode item = (await TestHarness.WaitForReceivedAsync(f.Server, "conversation.item.create"))["item"]!;

            Assert.Equal("raw_item", (string?)item["id"]);
            Assert.Equal("from the raw item", (string?)item["content"]![0]!["text"]);
        }

        [Fact]
        public async Task Create_response_carries_the_per_response_overrides()
        {
            await using Fixture f = await Fixture.StartAsync();
            AIFunction lookup = AIFunctionFactory.Create((string id) => id, "lookup_order", "Finds an order.");

            await f.Session.SendAsync(new CreateResponseRealtimeClientMessage
            {
                MessageId = "evt_resp",
                Instructions = "Answer in French.",
                MaxOutputTokens = 99,
                OutputModalities = new List<string> { "text" },
                OutputVoice = "en-US-AvaNeural",
                OutputAudioOptions = new RealtimeAudioFormat("audio/pcm", 16000),
                Tools = new List<AITool> { lookup },
                ToolMode = ChatToolMode.RequireSpecific("lookup_order"),
                AdditionalProperties = new AdditionalPropertiesDictionary { ["topic"] = "orders" },
                Items = new List<RealtimeConversationItem> { TestHarness.UserText("Where is order 7?") },
            });
            JsonNode sent = await TestHarness.WaitForReceivedAsync(f.Server, "response.create");

            Assert.Equal("evt_resp", (string?)sent["event_id"]);
            JsonNode response = sent["response"]!;
            Assert.Equal("Answer in French.", (string?)response["instructions"]);
            Assert.Equal(99, (int?)response["max_output_tokens"]);
            Assert.Equal("text", (string?)response["modalities"]![0]);
            Assert.Equal("azure-standard", (string?)response["voice"]!["type"]);
            Assert.Equal("pcm16_16000hz", (string?)response["output_audio_format"]);
            Assert.Equal("lookup_order", (string?)response["tools"]![0]!["name"]);
            Assert.Equal("lookup_order", (string?)response["tool_choice"]);
            Assert.Equal("orders", (string?)response["metadata"]!["topic"]);
            Assert.Equal("Where is order 7?", (string?)response["input_items"]![0]!["content"]![0]!["text"]);
        }

        [Fact]
        public async Task A_plain_create_response_sends_no_response_object()
        {
            await using Fixture f = await Fixture.StartAsync();

            await f.Session.SendAsync(new CreateResponseRealtimeClientMessage());
            JsonNode sent = await TestHarness.WaitForReceivedAsync(f.Server, "response.create");

            Assert.False(sent.AsObject().ContainsKey("response"));
        }

        [Fact]
        public async Task Audio_append_and_commit_become_input_audio_buffer_events()
        {
            await using Fixture f = await Fixture.StartAsync(new RealtimeSessionOptions { VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = false } });
            byte[] audio = EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("hi", 24000));

            await f.Session.SendAsync(new InputAudioBufferAppendRealtimeClientMessage(new DataContent(audio, "audio/pcm")) { MessageId = "evt_append" });
            await f.Session.SendAsync(new InputAudioBufferCommitRealtimeClientMessage { MessageId = "evt_commit" });
            JsonNode commit = await TestHarness.WaitForReceivedAsync(f.Server, "input_audio_buffer.commit");
            JsonNode append = TestHarness.Received(f.Server, "input_audio_buffer.append").Single();

            Assert.Equal("evt_append", (string?)append["event_id"]);
            Assert.Equal(Convert.ToBase64String(audio), (string?)append["audio"]);
            Assert.Equal("evt_commit", (string?)commit["event_id"]);
        }

        [Fact]
        public async Task Session_update_sends_session_update_and_merges_the_options()
        {
            AIFunction weather = AIFunctionFactory.Create((string location) => "sunny", "get_weather");
            await using Fixture f = await Fixture.StartAsync(new RealtimeSessionOptions { Instructions = "first", Tools = new AITool[] { weather } });

            await f.Session.SendAsync(new SessionUpdateRealtimeClientMessage(new RealtimeSessionOptions { Voice = "en-US-AvaNeural" }) { MessageId = "evt_update" });
            JsonNode second = await TestHarness.WaitForReceivedAsync(f.Server, "session.update", 2);

            Assert.Equal("evt_update", (string?)second["event_id"]);
            Assert.Equal("en-US-AvaNeural", (string?)second["session"]!["voice"]!["name"]);
            Assert.False(second["session"]!.AsObject().ContainsKey("instructions"));
            Assert.Equal("first", f.Session.Options!.Instructions);
            Assert.Equal("en-US-AvaNeural", f.Session.Options.Voice);
            Assert.Same(weather, Assert.Single(f.Session.Options.Tools!));
        }

        [Fact]
        public async Task A_raw_client_event_is_sent_unchanged_whatever_the_message_type()
        {
            await using Fixture f = await Fixture.StartAsync();

            await f.Session.SendAsync(new RealtimeClientMessage { RawRepresentation = new ClientEventInputAudioBufferClear { EventId = "evt_clear" } });
            await f.Session.SendAsync(new CreateResponseRealtimeClientMessage { RawRepresentation = new ClientEventResponseCancel { EventId = "evt_cancel" } });
            await f.Session.SendAsync(new RealtimeClientMessage { RawRepresentation = """{"type":"output_audio_buffer.clear","event_id":"evt_json"}""" });
            await f.Session.SendAsync(new RealtimeClientMessage { RawRepresentation = BinaryData.FromString("""{"type":"conversation.item.retrieve","item_id":"x","event_id":"evt_binary"}""") });
            await TestHarness.WaitForReceivedAsync(f.Server, "conversation.item.retrieve");

            Assert.Equal("evt_clear", (string?)TestHarness.Received(f.Server, "input_audio_buffer.clear").Single()["event_id"]);
            Assert.Equal("evt_cancel", (string?)TestHarness.Received(f.Server, "response.cancel").Single()["event_id"]);
            Assert.Empty(TestHarness.Received(f.Server, "response.create"));
            Assert.Equal("evt_json", (string?)TestHarness.Received(f.Server, "output_audio_buffer.clear").Single()["event_id"]);
            Assert.Equal("evt_binary", (string?)TestHarness.Received(f.Server, "conversation.item.retrieve").Single()["event_id"]);
        }

        private sealed class CustomMessage : RealtimeClientMessage
        {
        }

        [Fact]
        public async Task Messages_Voice_Live_cannot_express_fail_with_a_typed_error_and_send_nothing()
        {
            await using Fixture f = await Fixture.StartAsync();

            await Assert.ThrowsAsync<NotSupportedException>(() => f.Session.SendAsync(new CustomMessage()));
            await Assert.ThrowsAsync<NotSupportedException>(() => f.Session.SendAsync(new CreateResponseRealtimeClientMessage { ExcludeFromConversation = true }));
            await Assert.ThrowsAsync<ArgumentException>(() => f.Session.SendAsync(new RealtimeClientMessage { RawRepresentation = 42 }));
            await Assert.ThrowsAsync<ArgumentException>(() => f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(ChatRole.Assistant, new DataContent(new byte[] { 1 }, "audio/pcm")))));
            await Assert.ThrowsAsync<ArgumentException>(() => f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(ChatRole.Tool, new TextContent("x")))));
            await Assert.ThrowsAsync<ArgumentException>(() => f.Session.SendAsync(new CreateConversationItemRealtimeClientMessage(Item(ChatRole.User))));
            await Assert.ThrowsAsync<ArgumentNullException>(() => f.Session.SendAsync(null!));

            // The session still works, and none of the refused messages reached the service.
            await f.Session.SendAsync(new RealtimeClientMessage { RawRepresentation = new ClientEventInputAudioBufferClear() });
            await TestHarness.WaitForReceivedAsync(f.Server, "input_audio_buffer.clear");
            Assert.Equal(new[] { "input_audio_buffer.clear" }, f.Server.ReceivedEvents.Select(e => e.Type).ToArray());
        }
    }
}
