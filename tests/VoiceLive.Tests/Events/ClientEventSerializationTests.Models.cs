using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.Events
{
    public partial class ClientEventSerializationTests
    {
        private static IEnumerable<object[]> ModelCases()
        {
            yield return Case(new ClientEventSessionUpdate(new RequestSession { Instructions = "Be brief." }), "{\"type\":\"session.update\",\"session\":{\"instructions\":\"Be brief.\"}}");
            yield return Case(
                new ClientEventConversationItemCreate(new FunctionCallOutputItem { CallId = "call_123", Output = "{}" }) { PreviousItemId = "item_1" },
                "{\"type\":\"conversation.item.create\",\"previous_item_id\":\"item_1\",\"item\":{\"type\":\"function_call_output\",\"call_id\":\"call_123\",\"output\":\"{}\"}}");
            yield return Case(new ClientEventConversationItemCreate(), "{\"type\":\"conversation.item.create\"}");
            yield return Case(new ClientEventResponseCreate(), "{\"type\":\"response.create\"}");
            yield return Case(
                new ClientEventResponseCreate { Response = new ResponseCreateParams { Instructions = "Shout." }, AdditionalInstructions = "Briefly." },
                "{\"type\":\"response.create\",\"response\":{\"instructions\":\"Shout.\"},\"additional_instructions\":\"Briefly.\"}");
            yield return Case(new ClientEventRtcCallSdpCreate("v=0"), "{\"type\":\"rtc.call.sdp.create\",\"sdp_offer\":\"v=0\"}");
            yield return Case(
                new ClientEventRtcCallSdpCreate("v=0") { Session = new RequestSession { Instructions = "Hi." } },
                "{\"type\":\"rtc.call.sdp.create\",\"sdp_offer\":\"v=0\",\"session\":{\"instructions\":\"Hi.\"}}");
            yield return Case(
                new ClientEventTranscriptionSessionUpdate(BinaryData.FromString("{\"input_audio_format\":\"pcm16\",\"input_audio_transcription\":{\"model\":\"whisper-1\"}}")),
                "{\"type\":\"transcription_session.update\",\"session\":{\"input_audio_format\":\"pcm16\",\"input_audio_transcription\":{\"model\":\"whisper-1\"}}}");
        }

        [Fact]
        public void SessionUpdateWithoutSessionSendsAnEmptySessionObject()
        {
            JsonNode json = JsonNode.Parse(new ClientEventSessionUpdate().ToJson().ToString())!;
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"type\":\"session.update\",\"session\":{}}"), json));
        }

        [Fact]
        public void ModelConstructorsRejectNull()
        {
            Assert.Throws<ArgumentNullException>(() => new ClientEventSessionUpdate(null!));
            Assert.Throws<ArgumentNullException>(() => new ClientEventConversationItemCreate(null!));
            Assert.Throws<ArgumentNullException>(() => new ClientEventTranscriptionSessionUpdate(null!));
        }
    }
}
