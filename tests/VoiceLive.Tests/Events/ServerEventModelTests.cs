using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json;
using Xunit;

namespace VoiceLive.Tests.Events
{
    /// <summary>Server events whose fields are models, raw JSON or enums, built from hand-written frames.</summary>
    public class ServerEventModelTests
    {
        [Fact]
        public void ErrorEventCarriesItsDetails()
        {
            var evt = Assert.IsType<ServerEventError>(ServerEvent.Parse(
                "{\"type\":\"error\",\"event_id\":\"event_1\",\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_value\",\"message\":\"Invalid value for 'voice'.\",\"param\":\"session.voice\",\"event_id\":\"client_7\"}}"));
            Assert.Equal("event_1", evt.EventId);
            Assert.Equal("invalid_request_error", evt.Error.Type);
            Assert.Equal("invalid_value", evt.Error.Code);
            Assert.Equal("Invalid value for 'voice'.", evt.Error.Message);
            Assert.Equal("session.voice", evt.Error.Param);
            Assert.Equal("client_7", evt.Error.EventId);
        }

        [Fact]
        public void ErrorEventWithoutDetailsStillHasAnErrorObject()
        {
            var evt = Assert.IsType<ServerEventError>(ServerEvent.Parse("{\"type\":\"error\",\"error\":null}"));
            Assert.NotNull(evt.Error);
            Assert.Equal(string.Empty, evt.Error.Message);
        }

        [Fact]
        public void FunctionCallArgumentsDoneCarriesNameAndArguments()
        {
            var evt = Assert.IsType<ServerEventResponseFunctionCallArgumentsDone>(ServerEvent.Parse(
                "{\"type\":\"response.function_call_arguments.done\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":1,\"call_id\":\"call_9\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}"));
            Assert.Equal("call_9", evt.CallId);
            Assert.Equal("get_weather", evt.Name);
            Assert.Equal("{\"city\":\"Paris\"}", evt.Arguments);
            Assert.Equal(1, evt.OutputIndex);
        }

        [Fact]
        public void TranscriptionFailedCarriesItsError()
        {
            var evt = Assert.IsType<ServerEventConversationItemInputAudioTranscriptionFailed>(ServerEvent.Parse(
                "{\"type\":\"conversation.item.input_audio_transcription.failed\",\"item_id\":\"i\",\"content_index\":0,\"error\":{\"message\":\"audio too short\"}}"));
            Assert.Equal("audio too short", evt.Error.Message);
            Assert.Null(evt.Error.Type);
        }

        [Fact]
        public void TranscriptionCompletedReadsLogProbs()
        {
            var evt = Assert.IsType<ServerEventConversationItemInputAudioTranscriptionCompleted>(ServerEvent.Parse(
                "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"i\",\"content_index\":0,\"transcript\":\"hi\",\"logprobs\":[{\"token\":\"hi\",\"logprob\":-0.25,\"bytes\":[104,105]}]}"));
            LogProbProperties logProb = Assert.Single(evt.LogProbs);
            Assert.Equal("hi", logProb.Token);
            Assert.Equal(-0.25, logProb.Logprob);
        }

        [Theory]
        [InlineData("realtime.call.incoming")]
        [InlineData("realtime.call.connected")]
        [InlineData("realtime.call.disconnected")]
        [InlineData("realtime.call.failed")]
        public void SipCallEnumsRoundTripUnknownValues(string wire)
        {
            string json = "{\"type\":\"" + wire + "\",\"call_id\":\"c\",\"chain_id\":\"ch\",\"state\":\"OnHoldWithMusic\",\"terminal_reason\":\"CosmicRay\",\"error_code\":\"E1\"}";
            ServerEvent evt = ServerEventToleranceTests.AssertTyped(wire, json);
            dynamic call = evt;
            Assert.Equal("OnHoldWithMusic", call.State.ToString());
            Assert.Equal("CosmicRay", call.TerminalReason.ToString());
            AssertWritesBack(evt, json);
        }

        [Fact]
        public void SipCallKnownValuesCompareEqual()
        {
            var evt = Assert.IsType<ServerEventRealtimeCallDisconnected>(ServerEvent.Parse(
                "{\"type\":\"realtime.call.disconnected\",\"call_id\":\"c\",\"chain_id\":\"ch\",\"state\":\"Disconnected\",\"terminal_reason\":\"CustomerHangup\"}"));
            Assert.Equal(SipCallState.Disconnected, evt.State);
            Assert.Equal(SipCallTerminalReason.CustomerHangup, evt.TerminalReason);
            Assert.Null(evt.ErrorCode);
        }

        [Theory]
        [InlineData("realtime.call.transfer.succeeded")]
        [InlineData("realtime.call.transfer.failed")]
        public void SipTransferEnumsRoundTripUnknownValues(string wire)
        {
            string json = "{\"type\":\"" + wire + "\",\"call_id\":\"c\",\"transfer_id\":\"t\",\"state\":\"teleporting\",\"sip_code\":486,\"reason\":\"Busy Here\"}";
            ServerEvent evt = ServerEventToleranceTests.AssertTyped(wire, json);
            dynamic transfer = evt;
            Assert.Equal("teleporting", transfer.State.ToString());
            Assert.Equal(486, (int?)transfer.SipCode);
            AssertWritesBack(evt, json);
        }

        [Fact]
        public void TimestampTypeRoundTripsUnknownValues()
        {
            string json = "{\"type\":\"response.audio_timestamp.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"audio_offset_ms\":1,\"audio_duration_ms\":2,\"text\":\"hi\",\"timestamp_type\":\"syllable\"}";
            var evt = Assert.IsType<ServerEventResponseAudioTimestampDelta>(ServerEvent.Parse(json));
            Assert.Equal("syllable", evt.TimestampType.ToString());
            AssertWritesBack(evt, json);
        }

        [Fact]
        public void BlendshapeFramesReadAsFloatArrays()
        {
            var evt = Assert.IsType<ServerEventResponseAnimationBlendshapesDelta>(ServerEvent.Parse(
                "{\"type\":\"response.animation_blendshapes.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"frame_index\":30,\"frames\":[[0.0,0.5,1],[0.25,0.125,0.75]]}"));
            Assert.Equal(30, evt.FrameIndex);
            IReadOnlyList<float[]> frames = evt.GetFrames();
            Assert.Equal(2, frames.Count);
            Assert.Equal(new[] { 0f, 0.5f, 1f }, frames[0]);
            Assert.Equal(new[] { 0.25f, 0.125f, 0.75f }, frames[1]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("[[0.0,0.5,1],[0.25,0.125,0.75]]"), JsonNode.Parse(evt.Frames!.ToString())));
        }

        [Fact]
        public void BlendshapeFramesInStringFormAreKeptRaw()
        {
            var evt = Assert.IsType<ServerEventResponseAnimationBlendshapesDelta>(ServerEvent.Parse(
                "{\"type\":\"response.animation_blendshapes.delta\",\"frames\":\"AAAAAAAAgD8=\"}"));
            Assert.Equal("\"AAAAAAAAgD8=\"", evt.Frames!.ToString());
            Assert.False(evt.TryGetFrames(out IReadOnlyList<float[]> none));
            Assert.Empty(none);
            Assert.Throws<FormatException>(() => evt.GetFrames());
        }

        [Fact]
        public void BlendshapeFramesMissingOrNullAreEmpty()
        {
            var missing = Assert.IsType<ServerEventResponseAnimationBlendshapesDelta>(ServerEvent.Parse("{\"type\":\"response.animation_blendshapes.delta\"}"));
            Assert.Empty(missing.GetFrames());
            var nulled = Assert.IsType<ServerEventResponseAnimationBlendshapesDelta>(ServerEvent.Parse("{\"type\":\"response.animation_blendshapes.delta\",\"frames\":null}"));
            Assert.Empty(nulled.GetFrames());
        }

        [Fact]
        public void BlendshapeFramesOfAnotherShapeAreNotNumericFrames()
        {
            var evt = Assert.IsType<ServerEventResponseAnimationBlendshapesDelta>(ServerEvent.Parse(
                "{\"type\":\"response.animation_blendshapes.delta\",\"frames\":[[0.1,\"x\"]]}"));
            Assert.False(evt.TryGetFrames(out _));
        }

        [Fact]
        public void AnnotationIsKeptAsRawJson()
        {
            var evt = Assert.IsType<ServerEventResponseAudioTranscriptAnnotationAdded>(ServerEvent.Parse(
                "{\"type\":\"response.audio_transcript.annotation.added\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"annotation_index\":2,\"annotation\":{\"type\":\"url_citation\",\"url\":\"https://example.com\",\"start_index\":3}}"));
            Assert.Equal(2, evt.AnnotationIndex);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"type\":\"url_citation\",\"url\":\"https://example.com\",\"start_index\":3}"), JsonNode.Parse(evt.Annotation!.ToString())));
        }

        [Fact]
        public void InvocationDeltaKeepsEachValueAsRawJson()
        {
            var evt = Assert.IsType<ServerEventResponseInvocationDelta>(ServerEvent.Parse(
                "{\"type\":\"response.invocation.delta\",\"delta\":{\"text\":\"hi\",\"step\":3,\"data\":{\"a\":[1,null]}}}"));
            Assert.Equal(3, evt.Delta.Count);
            Assert.Equal("\"hi\"", evt.Delta["text"].ToString());
            Assert.Equal("3", evt.Delta["step"].ToString());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"a\":[1,null]}"), JsonNode.Parse(evt.Delta["data"].ToString())));
        }

        [Fact]
        public void RateLimitsAreRead()
        {
            var evt = Assert.IsType<ServerEventRateLimitsUpdated>(ServerEvent.Parse(
                "{\"type\":\"rate_limits.updated\",\"rate_limits\":[{\"name\":\"requests\",\"limit\":1000,\"remaining\":999,\"reset_seconds\":0.06},{\"name\":\"tokens\",\"limit\":50000,\"remaining\":49950,\"reset_seconds\":1.5}]}"));
            Assert.Equal(2, evt.RateLimits.Count);
            Assert.Equal("requests", evt.RateLimits[0].Name);
            Assert.Equal(999, evt.RateLimits[0].Remaining);
            Assert.Equal(1.5, evt.RateLimits[1].ResetSeconds);
        }

        [Fact]
        public void UnsetOptionalListsAreNotWritten()
        {
            var evt = new ServerEventConversationItemInputAudioTranscriptionCompleted { ItemId = "i", Transcript = "t" };
            JsonObject json = JsonNode.Parse(evt.RawJson.ToString())!.AsObject();
            Assert.False(json.ContainsKey("logprobs"));
            Assert.False(json.ContainsKey("phrases"));
            Assert.Equal("t", json["transcript"]!.GetValue<string>());
        }

        private static void AssertWritesBack(ServerEvent evt, string json)
        {
            string written = ServerEventSerializer.Serialize(ServerEvent.Parse(json)).ToString();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
        }
    }
}
