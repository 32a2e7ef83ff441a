using System;
using System.Text;
using Xunit;

namespace VoiceLive.Tests
{
    public class ServerEventParserTests
    {
        [Fact]
        public void AudioDeltaIsDecodedFromBase64()
        {
            var evt = ServerEvent.Parse("{\"type\":\"response.audio.delta\",\"event_id\":\"e1\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"AQID\"}");

            var delta = Assert.IsType<ServerEventResponseAudioDelta>(evt);
            Assert.Equal("response.audio.delta", delta.Type);
            Assert.Equal("e1", delta.EventId);
            Assert.Equal(new byte[] { 1, 2, 3 }, delta.Delta.ToArray());
        }

        [Fact]
        public void UnknownTypeKeepsRawJson()
        {
            const string json = "{\"type\":\"brand.new\",\"x\":1}";
            var evt = Assert.IsType<UnknownServerEvent>(ServerEvent.Parse(json));
            Assert.Equal("brand.new", evt.Type);
            Assert.Equal(json, evt.RawJson.ToString());
        }

        [Fact]
        public void UnknownTypeKeepsItsEventId()
        {
            // Regression: unknown events used to come out with EventId null although the frame had one.
            var evt = Assert.IsType<UnknownServerEvent>(ServerEvent.Parse("{\"type\":\"brand.new\",\"payload\":{\"event_id\":\"inner\"},\"event_id\":\"evt_42\"}"));
            Assert.Equal("evt_42", evt.EventId);
            Assert.Null(Assert.IsType<UnknownServerEvent>(ServerEvent.Parse("{\"type\":\"brand.new\",\"event_id\":7}")).EventId);
        }

        [Fact]
        public void AudioDeltaThatIsNotBase64StaysTypedWithEmptyAudio()
        {
            const string json = "{\"type\":\"response.audio.delta\",\"item_id\":\"i\",\"delta\":\"%%%\"}";
            var delta = Assert.IsType<ServerEventResponseAudioDelta>(ServerEvent.Parse(json));
            Assert.Equal("i", delta.ItemId);
            Assert.True(delta.Delta.IsEmpty);
            Assert.Equal(json, delta.RawJson.ToString());
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[1,2]")]
        [InlineData("{\"type\":1}")]
        [InlineData("{\"type\":\"a\"} {}")]
        public void BadFramesBecomeMalformedEvents(string json)
        {
            var evt = Assert.IsType<MalformedServerEvent>(ServerEvent.Parse(Encoding.UTF8.GetBytes(json)));
            Assert.NotNull(evt.Error);
            Assert.Equal(json, evt.RawJson.ToString());
        }

        [Theory]
        [InlineData("too deep after the type", "session.updated")]
        [InlineData("cut off after the type", "session.updated")]
        [InlineData("broken before the type", "")]
        [InlineData("type is not a string", "")]
        public void AMalformedFrameReportsTheTypeThatPrecedesTheFault(string shape, string expectedType)
        {
            string json = shape switch
            {
                "too deep after the type" => "{\"type\":\"session.updated\",\"session\":" + new string('[', 100) + new string(']', 100) + "}",
                "cut off after the type" => "{\"type\":\"session.updated\",\"session\":{\"id\":",
                "broken before the type" => "{\"session\":[}],\"type\":\"session.updated\"}",
                _ => "{\"type\":{\"a\":1},\"session\":[",
            };

            var evt = Assert.IsType<MalformedServerEvent>(ServerEvent.Parse(Encoding.UTF8.GetBytes(json)));

            Assert.Equal(expectedType, evt.ClaimedType ?? string.Empty);
            Assert.Equal(string.Empty, evt.Type);
            Assert.NotNull(evt.Error);
            Assert.Equal(json, evt.RawJson.ToString());
        }
    }
}
