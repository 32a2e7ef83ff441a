using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.Events
{
    /// <summary>Each client event writes exactly the documented JSON, and reads back to an equal event.</summary>
    public partial class ClientEventSerializationTests
    {
        private static readonly byte[] s_audio = { 0x00, 0xFF, 0x10, 0xFB, 0xEF, 0x7F };

        private static readonly string s_audioBase64 = Convert.ToBase64String(s_audio);

        public static IEnumerable<object[]> Cases()
        {
            yield return Case(new ClientEventSessionAvatarConnect("sdp-offer"), "{\"type\":\"session.avatar.connect\",\"client_sdp\":\"sdp-offer\"}");
            yield return Case(new ClientEventInputAudioTurnStart("t1"), "{\"type\":\"input_audio.turn.start\",\"turn_id\":\"t1\"}");
            yield return Case(new ClientEventInputAudioTurnAppend("t1", s_audio), "{\"type\":\"input_audio.turn.append\",\"turn_id\":\"t1\",\"audio\":\"" + s_audioBase64 + "\"}");
            yield return Case(new ClientEventInputAudioTurnEnd("t1") { EventId = "e1" }, "{\"type\":\"input_audio.turn.end\",\"event_id\":\"e1\",\"turn_id\":\"t1\"}");
            yield return Case(new ClientEventInputAudioTurnCancel("t1"), "{\"type\":\"input_audio.turn.cancel\",\"turn_id\":\"t1\"}");
            yield return Case(new ClientEventInputAudioClear(), "{\"type\":\"input_audio.clear\"}");
            yield return Case(new ClientEventInputTextDelta("item1", "Hello, "), "{\"type\":\"input_text.delta\",\"id\":\"item1\",\"delta\":\"Hello, \"}");
            yield return Case(new ClientEventInputTextDelta("item1", "x") { ContentIndex = 2 }, "{\"type\":\"input_text.delta\",\"id\":\"item1\",\"delta\":\"x\",\"content_index\":2}");
            yield return Case(new ClientEventInputTextDone("item1"), "{\"type\":\"input_text.done\",\"id\":\"item1\"}");
            yield return Case(new ClientEventInputAudioBufferAppend(s_audio), "{\"type\":\"input_audio_buffer.append\",\"audio\":\"" + s_audioBase64 + "\"}");
            yield return Case(new ClientEventInputAudioBufferCommit(), "{\"type\":\"input_audio_buffer.commit\"}");
            yield return Case(new ClientEventInputAudioBufferClear { EventId = "c" }, "{\"type\":\"input_audio_buffer.clear\",\"event_id\":\"c\"}");
            yield return Case(new ClientEventConversationItemTruncate("item_ABC123", 0, 5000), "{\"type\":\"conversation.item.truncate\",\"item_id\":\"item_ABC123\",\"content_index\":0,\"audio_end_ms\":5000}");
            yield return Case(new ClientEventConversationItemDelete("item_ABC123"), "{\"type\":\"conversation.item.delete\",\"item_id\":\"item_ABC123\"}");
            yield return Case(new ClientEventResponseCancel(), "{\"type\":\"response.cancel\"}");
            yield return Case(new ClientEventResponseCancel { ResponseId = "resp_1" }, "{\"type\":\"response.cancel\",\"response_id\":\"resp_1\"}");
            yield return Case(new ClientEventConversationItemRetrieve("item_ABC123"), "{\"type\":\"conversation.item.retrieve\",\"item_id\":\"item_ABC123\"}");
            yield return Case(new ClientEventOutputAudioBufferClear(), "{\"type\":\"output_audio_buffer.clear\"}");
            foreach (object[] c in ModelCases())
            {
                yield return c;
            }
        }

        private static object[] Case(ClientEvent evt, string expectedJson) => new object[] { evt.GetType().Name + ":" + expectedJson, evt, expectedJson };

        [Theory]
        [MemberData(nameof(Cases))]
        public void WritesExactlyTheExpectedJson(string name, ClientEvent evt, string expectedJson)
        {
            JsonNode? actual = JsonNode.Parse(evt.ToJson().ToString());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), actual), $"{name}\nactual:   {actual?.ToJsonString()}");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void ReadsBackToTheSameJson(string name, ClientEvent evt, string expectedJson)
        {
            ClientEvent parsed = ClientEvent.Parse(expectedJson);
            Assert.Equal(evt.GetType(), parsed.GetType());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(parsed.ToJson().ToString())), name);
        }

        [Fact]
        public void AudioIsWrittenAsBase64OfTheCallersBytes()
        {
            byte[] pcm = new byte[4801];
            new Random(7).NextBytes(pcm);
            JsonNode json = JsonNode.Parse(new ClientEventInputAudioBufferAppend(pcm).ToJson().ToString())!;
            Assert.Equal(pcm, Convert.FromBase64String(json["audio"]!.GetValue<string>()));
        }

        [Fact]
        public void ConstructorsRejectNullRequiredValues()
        {
            Assert.Throws<ArgumentNullException>(() => new ClientEventConversationItemTruncate(null!, 0, 0));
            Assert.Throws<ArgumentNullException>(() => new ClientEventInputTextDelta("id", null!));
            Assert.Throws<ArgumentNullException>(() => new ClientEventInputAudioTurnAppend(null!, s_audio));
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{}")]
        [InlineData("{\"type\":7}")]
        [InlineData("{\"type\":\"no.such.event\"}")]
        [InlineData("{\"type\":\"response.create\"} trailing")]
        [InlineData("{\"type\":\"conversation.item.truncate\",\"audio_end_ms\":\"soon\"}")]
        [InlineData("{\"type\":\"conversation.item.truncate\",\"audio_end_ms\":{}}")]
        public void ParseRejectsBadInputWithJsonException(string json)
        {
            Assert.ThrowsAny<JsonException>(() => ClientEvent.Parse(json));
        }

        [Fact]
        public void ParseReadsTypeWhereverItAppears()
        {
            var evt = Assert.IsType<ClientEventConversationItemDelete>(ClientEvent.Parse("{\"item_id\":\"i\",\"event_id\":\"e\",\"type\":\"conversation.item.delete\"}"));
            Assert.Equal("i", evt.ItemId);
            Assert.Equal("e", evt.EventId);
        }
    }
}
