using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class ConversationTests
    {
        [Fact]
        public async Task Create_retrieve_delete_and_previous_item_id_root()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            JsonObject first = ResponseTests.UserText("first");
            first["item"]!["id"] = "item_first";
            await client.SendAsync(first);
            JsonObject created1 = await client.WaitForAsync("conversation.item.created");
            await client.SendAsync(ResponseTests.UserText("second"));
            JsonObject created2 = await client.WaitForAsync("conversation.item.created");
            JsonObject atRoot = ResponseTests.UserText("zeroth");
            atRoot["previous_item_id"] = "root";
            await client.SendAsync(atRoot);
            JsonObject created0 = await client.WaitForAsync("conversation.item.created");

            Assert.Equal("item_first", (string?)created1["item"]!["id"]);
            Assert.Null(created1["previous_item_id"]);
            Assert.Equal("item_first", (string?)created2["previous_item_id"]);
            Assert.Null(created0["previous_item_id"]);
            Assert.Equal("realtime.item", (string?)created2["item"]!["object"]);
            Assert.Equal("completed", (string?)created2["item"]!["status"]);

            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.retrieve", ["item_id"] = "item_first" });
            JsonObject retrieved = await client.WaitForAsync("conversation.item.retrieved");
            Assert.True(JsonNode.DeepEquals(created1["item"], retrieved["item"]));

            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.delete", ["item_id"] = "item_first" });
            Assert.Equal("item_first", (string?)(await client.WaitForAsync("conversation.item.deleted"))["item_id"]);

            foreach (string type in new[] { "conversation.item.retrieve", "conversation.item.delete", "conversation.item.truncate" })
            {
                await client.SendAsync(new JsonObject { ["type"] = type, ["event_id"] = "x-" + type, ["item_id"] = "item_first", ["content_index"] = 0, ["audio_end_ms"] = 0 });
                JsonObject error = await client.WaitForAsync("error");
                Assert.Equal("invalid_request_error", (string?)error["error"]!["type"]);
                Assert.Equal("item_id", (string?)error["error"]!["param"]);
                Assert.Equal("x-" + type, (string?)error["error"]!["event_id"]);
            }

            JsonObject orphan = ResponseTests.UserText("orphan");
            orphan["previous_item_id"] = "item_missing";
            await client.SendAsync(orphan);
            Assert.Equal("previous_item_id", (string?)(await client.WaitForAsync("error"))["error"]!["param"]);
        }

        [Fact]
        public async Task Truncating_a_user_item_is_rejected()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(ResponseTests.UserText("mine"));
            string id = (string)(await client.WaitForAsync("conversation.item.created"))["item"]!["id"]!;

            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["item_id"] = id, ["content_index"] = 0, ["audio_end_ms"] = 10 });

            Assert.Equal("content_index", (string?)(await client.WaitForAsync("error"))["error"]!["param"]);
        }

        [Fact]
        public async Task User_audio_item_is_transcribed_for_the_responder()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            string audio = System.Convert.ToBase64String(EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("spoken item", 24000)));

            await client.SendAsync(new JsonObject
            {
                ["type"] = "conversation.item.create",
                ["item"] = new JsonObject
                {
                    ["type"] = "message",
                    ["role"] = "user",
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "input_audio", ["audio"] = audio }),
                },
            });
            JsonObject created = await client.WaitForAsync("conversation.item.created");
            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            JsonObject done = await client.WaitForAsync("response.audio_transcript.done");

            Assert.Equal("spoken item", (string?)created["item"]!["content"]![0]!["transcript"]);
            Assert.Null(created["item"]!["content"]![0]!["audio"]);
            Assert.Equal("You said: \"spoken item\".", (string?)done["transcript"]);
        }
    }
}
