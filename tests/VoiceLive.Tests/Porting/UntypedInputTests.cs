using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VoiceLive.Tests.Models;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>A Python dict ports as-is: session.update, response.create and conversation.item.create take the app's JSON.</summary>
    public class UntypedInputTests : ConnectionTestBase
    {
        public static IEnumerable<object[]> Cases()
        {
            yield return Case("session.update BinaryData", c => c.Session.UpdateAsync(BinaryData.FromString("""{"turn_detection":null,"voice":"alloy","x_new":1}"""), eventId: "e1"),
                """{"type":"session.update","event_id":"e1","session":{"turn_detection":null,"voice":"alloy","x_new":1}}""");
            yield return Case("session.update JsonObject", c => c.Session.UpdateAsync(new JsonObject { ["instructions"] = "Be brief.", ["turn_detection"] = null }),
                """{"type":"session.update","session":{"instructions":"Be brief.","turn_detection":null}}""");
            yield return Case("response.create BinaryData", c => c.Response.CreateAsync(BinaryData.FromString("""{"modalities":["text"]}"""), additionalInstructions: "Be warm"),
                """{"type":"response.create","response":{"modalities":["text"]},"additional_instructions":"Be warm"}""");
            yield return Case("response.create JsonObject", c => c.Response.CreateAsync(new JsonObject { ["instructions"] = "Say hi" }),
                """{"type":"response.create","response":{"instructions":"Say hi"}}""");
            yield return Case("conversation.item.create BinaryData", c => c.Conversation.Item.CreateAsync(BinaryData.FromString("""{"type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]}"""), previousItemId: "root"),
                """{"type":"conversation.item.create","previous_item_id":"root","item":{"type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]}}""");
            yield return Case("conversation.item.create JsonObject", c => c.Conversation.Item.CreateAsync(new JsonObject { ["type"] = "function_call_output", ["call_id"] = "c1", ["output"] = "{}" }),
                """{"type":"conversation.item.create","item":{"type":"function_call_output","call_id":"c1","output":"{}"}}""");

            static object[] Case(string name, Func<VoiceLiveConnection, Task> send, string json) => new object[] { name, send, json };
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task The_apps_json_is_sent_inside_the_event_verbatim(string name, Func<VoiceLiveConnection, Task> send, string expectedJson)
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            await send(connection).OrTimeout(name);

            Assert.True(socket.SentMessages.TryDequeue(out string? sent), name + ": nothing was sent");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(sent!)), $"{name}: expected {expectedJson} but sent {sent}");
        }

        [Theory]
        [InlineData("[1,2]")]
        [InlineData("\"text\"")]
        [InlineData("null")]
        [InlineData("{\"a\":1} {\"b\":2}")]
        [InlineData("{\"a\":")]
        [InlineData("")]
        public async Task JSON_that_is_not_one_object_is_refused_and_nothing_is_sent(string json)
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            BinaryData data = BinaryData.FromString(json);

            await Assert.ThrowsAsync<ArgumentException>(() => connection.Session.UpdateAsync(data));
            await Assert.ThrowsAsync<ArgumentException>(() => connection.Response.CreateAsync(data));
            await Assert.ThrowsAsync<ArgumentException>(() => connection.Conversation.Item.CreateAsync(data));
            Assert.Empty(socket.SentMessages);
        }

        [Fact]
        public async Task Null_json_is_refused()
        {
            var (connection, _) = await ConnectAsync();
            await using var _c = connection;

            await Assert.ThrowsAsync<ArgumentNullException>(() => connection.Session.UpdateAsync((BinaryData)null!));
            await Assert.ThrowsAsync<ArgumentNullException>(() => connection.Response.CreateAsync((JsonObject)null!));
            await Assert.ThrowsAsync<ArgumentNullException>(() => connection.Conversation.Item.CreateAsync((BinaryData)null!));
        }

        public static IEnumerable<object[]> ReceivedModels()
        {
            yield return Model<ResponseSession>("""{"id":"sess_1","model":"gpt-realtime","x_future":{"a":[1,2]},"x_flag":true}""");
            yield return Model<VoiceLiveResponse>("""{"id":"resp_1","status":"completed","x_future":"v"}""");
            yield return Model<ResponseItem>("""{"id":"item_1","type":"message","role":"assistant","status":"completed","content":[{"type":"text","text":"hi","x_part":1}],"x_future":42}""");
            yield return Model<ContentPart>("""{"type":"audio","transcript":"hi","x_future":null}""");

            static object[] Model<T>(string json) => new object[] { typeof(T), json };
        }

        [Theory]
        [MemberData(nameof(ReceivedModels))]
        public void Unknown_members_of_a_received_model_are_kept_and_round_trip(Type modelType, string json)
        {
            object model = JsonSerializer.Deserialize(json, modelType, VoiceLiveJson.Options)!;

            IDictionary<string, JsonElement> extra = (IDictionary<string, JsonElement>)modelType.GetProperty("AdditionalProperties")!.GetValue(model)!;
            Assert.Contains("x_future", extra.Keys);
            ModelJson.Equal(json, JsonSerializer.Serialize(model, modelType, VoiceLiveJson.Options));
        }

        [Fact]
        public void An_unknown_member_of_a_session_event_is_kept_on_the_typed_session()
        {
            var created = (ServerEventSessionCreated)ServerEvent.Parse("""{"type":"session.created","session":{"id":"s","x_future":{"k":"v"}}}""");

            Assert.Equal("v", created.Session.AdditionalProperties["x_future"].GetProperty("k").GetString());
        }

        [Fact]
        public void An_app_can_send_a_field_this_version_does_not_model()
        {
            var session = new RequestSession { Instructions = "x" };
            session.AdditionalProperties["x_new_setting"] = JsonSerializer.SerializeToElement(true);

            ModelJson.Equal("""{"instructions":"x","x_new_setting":true}""", ModelJson.Write(session));
        }
    }
}
