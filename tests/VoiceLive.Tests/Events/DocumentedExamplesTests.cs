using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.Events
{
    /// <summary>Every JSON example from the service documentation (Fixtures/examples.jsonl) reads as its typed event.</summary>
    public partial class DocumentedExamplesTests
    {
        // Valid base64 substituted for the docs' placeholders ("<delta>", "<audio>", "<base64_encoded_video_frame>") in
        // the tests that check decoded bytes; the verbatim lines must parse too (see PlaceholderBase64ReadsAsEmptyAudio).
        private const string PlaceholderBytes = "AAEC";

        public static IEnumerable<object[]> Lines => EventFixtures.Examples().Select(e => new object[] { e.Line });

        [Theory]
        [MemberData(nameof(Lines))]
        public void ExampleParsesToItsTypedEvent(int line)
        {
            (int _, string source, string json) = EventFixtures.Examples().Single(e => e.Line == line);
            string wire = JsonNode.Parse(json)!["type"]!.GetValue<string>();

            // Verbatim: every documented example must parse as it is, placeholders included.
            if (EventFixtures.IsClientEvent(wire))
            {
                ClientEvent evt = ClientEvent.Parse(json);
                Assert.Equal("ClientEvent" + EventFixtures.Pascal(wire), evt.GetType().Name);
                Assert.Equal(wire, evt.Type);
            }
            else
            {
                ServerEvent evt = ServerEvent.Parse(json);
                Assert.False(evt is MalformedServerEvent, $"line {line} ({source}) is malformed: {(evt as MalformedServerEvent)?.Error}");
                Assert.False(evt is UnknownServerEvent, $"line {line} ({source}) is unknown");
                Assert.Equal("ServerEvent" + EventFixtures.Pascal(wire), evt.GetType().Name);
                Assert.Equal(wire, evt.Type);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(evt.RawJson.ToString())));
            }
        }

        [Fact]
        public void EveryExampleIsCheckedOnce()
        {
            Assert.Equal(70, EventFixtures.Examples().Count());
        }

        [Fact]
        public void PlaceholderBase64ReadsAsEmptyAudioAndKeepsItsText()
        {
            // The docs' placeholders are not audio. The event still arrives typed (ids and indexes intact) with empty
            // bytes, and its RawJson keeps the text, so nothing the service sent is hidden.
            int checkedLines = 0;
            foreach ((int line, string _, string json) in EventFixtures.Examples())
            {
                string wire = JsonNode.Parse(json)!["type"]!.GetValue<string>();
                if (ReplaceBase64Placeholders(wire, json) == json)
                {
                    continue;
                }

                checkedLines++;
                if (EventFixtures.IsClientEvent(wire))
                {
                    var append = Assert.IsType<ClientEventInputAudioBufferAppend>(ClientEvent.Parse(json));
                    Assert.True(append.Audio.IsEmpty);
                }
                else
                {
                    ServerEvent evt = ServerEvent.Parse(json);
                    Assert.Equal("ServerEvent" + EventFixtures.Pascal(wire), evt.GetType().Name);
                    Assert.Equal(json, evt.RawJson.ToString());
                    var bytes = (System.ReadOnlyMemory<byte>)evt.GetType().GetProperty("Delta")!.GetValue(evt)!;
                    Assert.True(bytes.IsEmpty);
                }
            }

            Assert.Equal(3, checkedLines);
        }

        private static string ReplaceBase64Placeholders(string wire, string json)
        {
            IEnumerable<KeyValuePair<string, string>> fields = EventFixtures.IsClientEvent(wire)
                ? EventFixtures.ClientFields(wire)
                : EventFixtures.ServerFields(wire);
            JsonObject obj = JsonNode.Parse(json)!.AsObject();
            bool changed = false;
            foreach (KeyValuePair<string, string> field in fields.Where(f => f.Value.StartsWith("string(base64)", StringComparison.Ordinal)))
            {
                if (obj[field.Key] is JsonValue value && value.GetValue<string>().StartsWith('<'))
                {
                    obj[field.Key] = PlaceholderBytes;
                    changed = true;
                }
            }

            return changed ? obj.ToJsonString() : json;
        }

        private static T Example<T>(int line)
        {
            (int _, string _, string json) = EventFixtures.Examples().Single(e => e.Line == line);
            string wire = JsonNode.Parse(json)!["type"]!.GetValue<string>();
            json = ReplaceBase64Placeholders(wire, json);
            object evt = EventFixtures.IsClientEvent(wire) ? ClientEvent.Parse(json) : ServerEvent.Parse(json);
            return Assert.IsType<T>(evt);
        }

        [Fact]
        public void ClientAudioAppendDecodesTheDocumentedBytes()
        {
            var append = Example<ClientEventInputAudioBufferAppend>(3);
            Assert.Equal(Convert.FromBase64String("UklGRiQAAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YQAAAAA="), append.Audio.ToArray());
            Assert.Null(append.EventId);
        }

        [Fact]
        public void ClientItemEventsCarryTheirIds()
        {
            var truncate = Example<ClientEventConversationItemTruncate>(10);
            Assert.Equal("item_ABC123", truncate.ItemId);
            Assert.Equal(0, truncate.ContentIndex);
            Assert.Equal(5000, truncate.AudioEndMs);

            Assert.Equal("item_ABC123", Example<ClientEventConversationItemRetrieve>(9).ItemId);
            Assert.Null(Example<ClientEventResponseCancel>(14).ResponseId);
            Assert.Null(Example<ClientEventInputAudioBufferCommit>(4).EventId);
            Assert.Equal("your-client-sdp", Example<ClientEventSessionAvatarConnect>(69).ClientSdp);
        }

        [Fact]
        public void InputTextExamplesWithoutIdStillParse()
        {
            // Protocol §19.2: the 2026-06-01-preview page omits the required id; the event is still read.
            var delta = Example<ClientEventInputTextDelta>(5);
            Assert.Equal("Hello, ", delta.Delta);
            Assert.Equal(string.Empty, delta.Id);
            Assert.Null(delta.ContentIndex);

            Assert.Equal(string.Empty, Example<ClientEventInputTextDone>(6).Id);
            Assert.Equal("<item_id>", Example<ClientEventInputTextDone>(63).Id);
        }

        [Fact]
        public void TextAndTranscriptEventsCarryTheirText()
        {
            var textDelta = Example<ServerEventResponseTextDelta>(25);
            Assert.Equal("resp_ABC123", textDelta.ResponseId);
            Assert.Equal("item_DEF456", textDelta.ItemId);
            Assert.Equal(0, textDelta.OutputIndex);
            Assert.Equal(0, textDelta.ContentIndex);
            Assert.Equal("Hello! I'm", textDelta.Delta);

            Assert.Equal("Hello! I'm doing well, thank you for asking. How can I help you today?", Example<ServerEventResponseTextDone>(26).Text);
            Assert.Equal("Hello! I'm doing", Example<ServerEventResponseAudioTranscriptDelta>(28).Delta);
            Assert.Equal("<transcript>", Example<ServerEventResponseAudioTranscriptDone>(41).Transcript);

        }

        [Fact]
        public void InputAudioBufferEventsCarryTimings()
        {
            var started = Example<ServerEventInputAudioBufferSpeechStarted>(37);
            Assert.Equal(0, started.AudioStartMs);
            Assert.Equal("<item_id>", started.ItemId);
            Assert.Equal("<item_id>", Example<ServerEventInputAudioBufferSpeechStopped>(38).ItemId);
            Assert.IsType<ServerEventInputAudioBufferCleared>(Example<ServerEventInputAudioBufferCleared>(36));

            var truncated = Example<ServerEventConversationItemTruncated>(20);
            Assert.Equal("<item_id>", truncated.ItemId);
            Assert.Equal(0, truncated.AudioEndMs);
        }

        [Fact]
        public void AudioAndVideoDeltasAreDecodedBytes()
        {
            var audio = Example<ServerEventResponseAudioDelta>(39);
            Assert.Equal(new byte[] { 0, 1, 2 }, audio.Delta.ToArray());
            Assert.Equal("<response_id>", audio.ResponseId);

            var audioDone = Example<ServerEventResponseAudioDone>(27);
            Assert.Equal("resp_ABC123", audioDone.ResponseId);
            Assert.Equal("item_DEF456", audioDone.ItemId);
            Assert.Equal("<item_id>", Example<ServerEventResponseAudioDone>(40).ItemId);

            var video = Example<ServerEventResponseVideoDelta>(56);
            Assert.Equal("h264", video.Codec);
            Assert.Equal(new byte[] { 0, 1, 2 }, video.Delta.ToArray());
        }

        [Fact]
        public void AnimationAndTimestampEventsCarryTheirValues()
        {
            var viseme = Example<ServerEventResponseAnimationVisemeDelta>(67);
            Assert.Equal("<event_id>", viseme.EventId);
            Assert.Equal(455, viseme.AudioOffsetMs);
            Assert.Equal(20, viseme.VisemeId);
            Assert.Equal(1, Example<ServerEventResponseAnimationVisemeDelta>(33).VisemeId);

            // Protocol §19.14: the how-to's done events omit output_index/content_index; they read as 0.
            var timestampDone = Example<ServerEventResponseAudioTimestampDone>(66);
            Assert.Equal("<item_id>", timestampDone.ItemId);
            Assert.Equal(0, timestampDone.OutputIndex);
            Assert.Equal("<response_id>", Example<ServerEventResponseAnimationVisemeDone>(68).ResponseId);
            Assert.Equal("item_DEF456", Example<ServerEventResponseAnimationBlendshapesDone>(31).ItemId);
        }

        [Fact]
        public void ToolCallEventsCarryTheirIds()
        {
            var args = Example<ServerEventResponseFunctionCallArgumentsDelta>(42);
            Assert.Equal("<call_id>", args.CallId);
            Assert.Equal("<delta>", args.Delta);

            Assert.Equal("<mcp_list_tools_item_id>", Example<ServerEventMcpListToolsInProgress>(43).ItemId);
            Assert.Equal("<mcp_list_tools_item_id>", Example<ServerEventMcpListToolsCompleted>(44).ItemId);
            var mcpDelta = Example<ServerEventResponseMcpCallArgumentsDelta>(45);
            Assert.Equal("<delta>", mcpDelta.Delta);
            Assert.Null(mcpDelta.Obfuscation);
            Assert.Equal("<arguments>", Example<ServerEventResponseMcpCallArgumentsDone>(46).Arguments);
            Assert.Equal("<item_id>", Example<ServerEventResponseMcpCallCompleted>(47).ItemId);
            Assert.Equal("<item_id>", Example<ServerEventResponseMcpCallFailed>(48).ItemId);
            Assert.Equal("<arguments>", Example<ServerEventResponseFoundryAgentCallArgumentsDone>(49).Arguments);
            Assert.Null(Example<ServerEventResponseFoundryAgentCallInProgress>(50).AgentResponseId);
            Assert.Equal("<item_id>", Example<ServerEventResponseFoundryAgentCallFailed>(51).ItemId);

            var search = Example<ServerEventResponseWebSearchCallInProgress>(57);
            Assert.Equal("<item_id>", search.ItemId);
            Assert.Equal(0, search.SequenceNumber);
            Assert.Equal("<response_id>", Example<ServerEventResponseWebSearchCallCompleted>(58).ResponseId);
            Assert.Equal("<item_id>", Example<ServerEventResponseFileSearchCallCompleted>(59).ItemId);
        }

        [Fact]
        public void AvatarEventsCarryTheirValues()
        {
            Assert.Equal("<server_sdp>", Example<ServerEventSessionAvatarConnecting>(17).ServerSdp);
            Assert.Equal("your-server-sdp", Example<ServerEventSessionAvatarConnecting>(70).ServerSdp);
            Assert.Equal("<turn_id>", Example<ServerEventSessionAvatarSwitchToIdle>(55).TurnId);
            Assert.IsType<ServerEventOutputAudioBufferCleared>(Example<ServerEventOutputAudioBufferCleared>(60));
        }
    }
}
