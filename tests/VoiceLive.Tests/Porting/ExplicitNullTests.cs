using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using VoiceLive.Tests.Models;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>
    /// Python's <c>RequestSession(turn_detection=None)</c> sends <c>"turn_detection": null</c>; the C# port
    /// <c>new RequestSession { TurnDetection = null }</c> must do the same, while a property never assigned stays absent.
    /// </summary>
    public class ExplicitNullTests
    {
        public static IEnumerable<object[]> SessionProperties()
        {
            yield return Case("turn_detection", s => s.TurnDetection = null);
            yield return Case("input_audio_transcription", s => s.InputAudioTranscription = null);
            yield return Case("input_audio_noise_reduction", s => s.InputAudioNoiseReduction = null);
            yield return Case("input_audio_echo_cancellation", s => s.InputAudioEchoCancellation = null);
            yield return Case("avatar", s => s.Avatar = null);
            yield return Case("animation", s => s.Animation = null);
            yield return Case("tools", s => s.Tools = null!);
            yield return Case("tool_choice", s => s.ToolChoice = null);
            yield return Case("interim_response", s => s.InterimResponse = null);

            static object[] Case(string wire, Action<RequestSession> assignNull) => new object[] { wire, assignNull };
        }

        public static IEnumerable<object[]> ResponseProperties()
        {
            yield return Case("tools", r => r.Tools = null!);
            yield return Case("tool_choice", r => r.ToolChoice = null);
            yield return Case("interim_response", r => r.InterimResponse = null);

            static object[] Case(string wire, Action<ResponseCreateParams> assignNull) => new object[] { wire, assignNull };
        }

        [Theory]
        [MemberData(nameof(SessionProperties))]
        public void A_session_property_assigned_null_is_sent_as_null(string wire, Action<RequestSession> assignNull)
        {
            var session = new RequestSession { Instructions = "x" };
            assignNull(session);

            JsonObject json = JsonNode.Parse(ModelJson.Write(session))!.AsObject();

            Assert.True(json.ContainsKey(wire), $"{wire} was not sent: {json.ToJsonString()}");
            Assert.Null(json[wire]);
        }

        [Theory]
        [MemberData(nameof(SessionProperties))]
        public void A_session_property_never_assigned_is_not_sent(string wire, Action<RequestSession> assignNull)
        {
            _ = assignNull;
            JsonObject json = JsonNode.Parse(ModelJson.Write(new RequestSession { Instructions = "x" }))!.AsObject();

            Assert.False(json.ContainsKey(wire), $"{wire} was sent: {json.ToJsonString()}");
        }

        [Theory]
        [MemberData(nameof(ResponseProperties))]
        public void A_response_property_assigned_null_is_sent_as_null(string wire, Action<ResponseCreateParams> assignNull)
        {
            var response = new ResponseCreateParams { Instructions = "x" };
            assignNull(response);

            JsonObject json = JsonNode.Parse(ModelJson.Write(response))!.AsObject();

            Assert.True(json.ContainsKey(wire), $"{wire} was not sent: {json.ToJsonString()}");
            Assert.Null(json[wire]);
        }

        [Theory]
        [MemberData(nameof(ResponseProperties))]
        public void A_response_property_never_assigned_is_not_sent(string wire, Action<ResponseCreateParams> assignNull)
        {
            _ = assignNull;
            JsonObject json = JsonNode.Parse(ModelJson.Write(new ResponseCreateParams { Instructions = "x" }))!.AsObject();

            Assert.False(json.ContainsKey(wire), $"{wire} was sent: {json.ToJsonString()}");
        }

        [Fact]
        public void Assigning_a_value_after_null_sends_the_value()
        {
            var session = new RequestSession { TurnDetection = null };
            session.TurnDetection = new ServerVad { SilenceDurationMs = 300 };

            ModelJson.Equal("""{"turn_detection":{"type":"server_vad","silence_duration_ms":300}}""", ModelJson.Write(session));
        }

        [Fact]
        public void Tools_assigned_null_then_filled_sends_the_tools()
        {
            var session = new RequestSession { Tools = null! };
            Assert.Empty(session.Tools);
            session.Tools.Add(new FunctionTool("lookup"));

            JsonObject json = JsonNode.Parse(ModelJson.Write(session))!.AsObject();
            Assert.Equal("lookup", (string?)json["tools"]![0]!["name"]);
        }

        [Fact]
        public void Other_nullable_properties_assigned_null_stay_absent()
        {
            // Null has no meaning for these: "model": null or "instructions": null would be refused, so they stay optional.
            var session = new RequestSession { Model = null, Instructions = null, Voice = null, Temperature = null };

            ModelJson.Equal("{}", ModelJson.Write(session));
        }

        [Fact]
        public void The_Disabled_alias_still_sends_null()
        {
            ModelJson.Equal("""{"turn_detection":null}""", ModelJson.Write(new RequestSession { TurnDetection = TurnDetection.Disabled }));
        }

        [Fact]
        public void A_session_read_with_null_writes_it_back()
        {
            ModelJson.RoundTrip<RequestSession>("""{"turn_detection":null,"tools":null,"tool_choice":null,"avatar":null}""");
        }
    }
}
