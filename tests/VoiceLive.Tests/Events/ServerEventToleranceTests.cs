using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json;
using Xunit;

namespace VoiceLive.Tests.Events
{
    /// <summary>Liberal reading: missing, extra and null fields and unknown enum values still give the typed event.</summary>
    public class ServerEventToleranceTests
    {
        public static IEnumerable<object[]> ServerWires => EventFixtures.ServerWireNames.Select(w => new object[] { w });

        [Theory]
        [MemberData(nameof(ServerWires))]
        public void TypeAloneParsesToTheTypedClass(string wire)
        {
            ServerEvent evt = AssertTyped(wire, "{\"type\":\"" + wire + "\"}");
            Assert.Null(evt.EventId);
            AssertNoNullNonNullableProperties(evt);
        }

        [Theory]
        [MemberData(nameof(ServerWires))]
        public void UnknownExtraFieldsAreIgnored(string wire)
        {
            ServerEvent evt = AssertTyped(wire, "{\"future_field\":{\"a\":[1,2,{\"b\":null}]},\"type\":\"" + wire + "\",\"event_id\":\"ev_1\",\"another\":\"x\",\"n\":1.5e300}");
            Assert.Equal("ev_1", evt.EventId);
        }

        [Theory]
        [MemberData(nameof(ServerWires))]
        public void NullForEveryFieldIsTolerated(string wire)
        {
            var obj = new JsonObject { ["type"] = wire };
            foreach (KeyValuePair<string, string> field in EventFixtures.ServerFields(wire).Where(f => f.Key != "type"))
            {
                obj[field.Key] = null;
            }

            ServerEvent evt = AssertTyped(wire, obj.ToJsonString());
            AssertNoNullNonNullableProperties(evt);
        }

        [Theory]
        [MemberData(nameof(ServerWires))]
        public void EventBuiltInCodeSerializesAndReadsBack(string wire)
        {
            // The emulator builds server events in code and sends their JSON; every class must survive the trip.
            Type type = ServerEventRegistry.GetTypeInfo(wire)!.Type;
            var fresh = (ServerEvent)Activator.CreateInstance(type)!;
            fresh.EventId = "ev_built";
            string json = fresh.RawJson.ToString();
            ServerEvent again = AssertTyped(wire, json);
            Assert.Equal("ev_built", again.EventId);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ServerEventSerializer.Serialize(again).ToString())));
        }

        [Fact]
        public void IntegersArriveAsNumbersOrStrings()
        {
            var evt = Assert.IsType<ServerEventInputAudioBufferSpeechStarted>(ServerEvent.Parse("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":\"1200\",\"item_id\":\"i\"}"));
            Assert.Equal(1200, evt.AudioStartMs);
            evt = Assert.IsType<ServerEventInputAudioBufferSpeechStarted>(ServerEvent.Parse("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":1200}"));
            Assert.Equal(1200, evt.AudioStartMs);
        }

        [Theory]
        [InlineData("1.5")]
        [InlineData("\"abc\"")]
        [InlineData("[]")]
        [InlineData("99999999999")]
        public void IntegersOfTheWrongShapeMakeTheEventMalformed(string value)
        {
            var evt = Assert.IsType<MalformedServerEvent>(ServerEvent.Parse("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":" + value + "}"));
            Assert.Equal("input_audio_buffer.speech_started", evt.ClaimedType);
        }

        [Theory]
        [InlineData(new byte[] { 0xFF, 0xFF, 0xFF }, "\\/\\/\\/\\/")]
        [InlineData(new byte[] { 0xFB, 0xFF, 0xBF }, "\\u002B\\/+\\/")]
        [InlineData(new byte[] { 0x00, 0x01 }, "AAE\\u003d")]
        public void AudioDeltaWithJsonEscapesDecodesToTheSameBytes(byte[] expected, string escapedBase64)
        {
            string json = "{\"type\":\"response.audio.delta\",\"delta\":\"" + escapedBase64 + "\"}";
            var evt = Assert.IsType<ServerEventResponseAudioDelta>(ServerEvent.Parse(json));
            Assert.Equal(expected, evt.Delta.ToArray());

            var video = Assert.IsType<ServerEventResponseVideoDelta>(ServerEvent.Parse(json.Replace("response.audio.delta", "response.video.delta")));
            Assert.Equal(expected, video.Delta.ToArray());
        }

        [Fact]
        public void AudioDeltaNullOrMissingIsEmpty()
        {
            Assert.True(Assert.IsType<ServerEventResponseAudioDelta>(ServerEvent.Parse("{\"type\":\"response.audio.delta\",\"delta\":null}")).Delta.IsEmpty);
            Assert.True(Assert.IsType<ServerEventResponseAudioDelta>(ServerEvent.Parse("{\"type\":\"response.audio.delta\"}")).Delta.IsEmpty);
        }

        [Fact]
        public void AudioDeltaRoundTripsThroughSerialization()
        {
            byte[] bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
            var evt = new ServerEventResponseAudioDelta { ResponseId = "r", ItemId = "i", OutputIndex = 1, ContentIndex = 2, Delta = bytes, EventId = "e" };
            JsonNode json = JsonNode.Parse(evt.RawJson.ToString())!;
            Assert.Equal(Convert.ToBase64String(bytes), json["delta"]!.GetValue<string>());
            var back = Assert.IsType<ServerEventResponseAudioDelta>(ServerEvent.Parse(evt.RawJson.ToString()));
            Assert.Equal(bytes, back.Delta.ToArray());
            Assert.Equal(1, back.OutputIndex);
            Assert.Equal(2, back.ContentIndex);
        }

        internal static ServerEvent AssertTyped(string wire, string json)
        {
            ServerEvent evt = ServerEvent.Parse(json);
            Assert.False(evt is MalformedServerEvent, $"{wire}: {(evt as MalformedServerEvent)?.Error}");
            Assert.Equal("ServerEvent" + EventFixtures.Pascal(wire), evt.GetType().Name);
            Assert.Equal(wire, evt.Type);
            return evt;
        }

        /// <summary>Non-nullable reference properties (strings, lists, dictionaries, required models) are never null.</summary>
        internal static void AssertNoNullNonNullableProperties(object evt)
        {
            var nullability = new System.Reflection.NullabilityInfoContext();
            foreach (System.Reflection.PropertyInfo p in evt.GetType().GetProperties())
            {
                if (p.PropertyType.IsValueType || p.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                if (nullability.Create(p).ReadState == System.Reflection.NullabilityState.NotNull)
                {
                    Assert.True(p.GetValue(evt) is not null, $"{evt.GetType().Name}.{p.Name} is null");
                }
            }
        }
    }
}
