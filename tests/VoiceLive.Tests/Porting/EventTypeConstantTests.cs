using System.Linq;
using System.Reflection;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>Python's <c>match event.type</c> ports as <c>switch (evt.Type)</c> over the public constants.</summary>
    public class EventTypeConstantTests
    {
        [Theory]
        [InlineData("""{"type":"response.audio.delta","response_id":"r","item_id":"i","output_index":0,"content_index":0,"delta":"AAAA"}""", "audio")]
        [InlineData("""{"type":"response.output_audio.delta","response_id":"r","item_id":"i","output_index":0,"content_index":0,"delta":"AAAA"}""", "audio (GA)")]
        [InlineData("""{"type":"input_audio_buffer.speech_started","audio_start_ms":10,"item_id":"i"}""", "speech")]
        [InlineData("""{"type":"error","error":{"type":"invalid_request_error","message":"bad"}}""", "error")]
        [InlineData("""{"type":"input_audio_buffer.speech_started","audio_start_ms":"not a number"}""", "malformed")]
        [InlineData("""{"type":"brand.new.event"}""", "other")]
        public void A_switch_on_Type_routes_like_Pythons_match(string json, string expected)
        {
            ServerEvent evt = ServerEvent.Parse(json);

            string routed = evt.Type switch
            {
                ServerEventType.ResponseAudioDelta => "audio",
                ServerEventType.ResponseOutputAudioDelta => "audio (GA)",
                ServerEventType.InputAudioBufferSpeechStarted => "speech",
                ServerEventType.Error => "error",
                "" => "malformed",
                _ => "other",
            };

            Assert.Equal(expected, routed);
        }

        [Fact]
        public void A_malformed_frame_never_carries_a_real_event_type_but_keeps_the_claimed_one()
        {
            var malformed = Assert.IsType<MalformedServerEvent>(ServerEvent.Parse("""{"type":"response.done","response":[1]}"""));

            string[] realTypes = typeof(ServerEventType).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();
            Assert.DoesNotContain(malformed.Type, realTypes);
            Assert.Equal(string.Empty, malformed.Type);
            Assert.Equal(ServerEventType.ResponseDone, malformed.ClaimedType);
        }

        [Fact]
        public void Client_event_types_match_the_events_they_name()
        {
            Assert.Equal(ClientEventType.SessionUpdate, new ClientEventSessionUpdate().Type);
            Assert.Equal(ClientEventType.InputAudioBufferAppend, new ClientEventInputAudioBufferAppend().Type);
        }
    }
}
