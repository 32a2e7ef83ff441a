using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>Every server event of the protocol inventory, bare and as the documentation's examples show it, becomes one MEAI message.</summary>
    public class EveryServerEventTests
    {
        /// <summary>The events MEAI has a message type for; every other one is RawContentOnly.</summary>
        private static readonly Dictionary<string, RealtimeServerMessageType> Typed = new()
        {
            ["response.created"] = RealtimeServerMessageType.ResponseCreated,
            ["response.done"] = RealtimeServerMessageType.ResponseDone,
            ["response.output_item.added"] = RealtimeServerMessageType.ResponseOutputItemAdded,
            ["response.output_item.done"] = RealtimeServerMessageType.ResponseOutputItemDone,
            ["conversation.item.created"] = RealtimeServerMessageType.ConversationItemAdded,
            ["response.text.delta"] = RealtimeServerMessageType.OutputTextDelta,
            ["response.text.done"] = RealtimeServerMessageType.OutputTextDone,
            ["response.audio.delta"] = RealtimeServerMessageType.OutputAudioDelta,
            ["response.audio.done"] = RealtimeServerMessageType.OutputAudioDone,
            ["response.audio_transcript.delta"] = RealtimeServerMessageType.OutputAudioTranscriptionDelta,
            ["response.audio_transcript.done"] = RealtimeServerMessageType.OutputAudioTranscriptionDone,
            ["conversation.item.input_audio_transcription.delta"] = RealtimeServerMessageType.InputAudioTranscriptionDelta,
            ["conversation.item.input_audio_transcription.completed"] = RealtimeServerMessageType.InputAudioTranscriptionCompleted,
            ["conversation.item.input_audio_transcription.failed"] = RealtimeServerMessageType.InputAudioTranscriptionFailed,
            ["error"] = RealtimeServerMessageType.Error,
        };

        private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

        public static IEnumerable<object[]> WireNames()
            => JsonNode.Parse(File.ReadAllText(Fixture("protocol-events.json")))!["server_events"]!.AsObject().Select(pair => new object[] { pair.Key });

        public static IEnumerable<object[]> Examples()
            => File.ReadLines(Fixture("examples.jsonl"))
                .Where(line => line.Length > 0)
                .Select(line => JsonNode.Parse(line)!)
                .Where(node => JsonNode.Parse(File.ReadAllText(Fixture("protocol-events.json")))!["server_events"]!.AsObject().ContainsKey((string)node["type"]!))
                .Select(node => new object[] { node.ToJsonString() });

        private static RealtimeServerMessageType Expected(string type) => Typed.TryGetValue(type, out RealtimeServerMessageType typed) ? typed : RealtimeServerMessageType.RawContentOnly;

        [Fact]
        public void The_inventory_has_all_server_events()
        {
            Assert.Equal(72, WireNames().Count());
            Assert.All(Typed.Keys, type => Assert.Contains(WireNames(), row => (string)row[0] == type));
        }

        [Theory]
        [MemberData(nameof(WireNames))]
        public void A_bare_event_maps_without_failing(string type)
        {
            ServerEvent serverEvent = ServerEvent.Parse($$"""{"type":"{{type}}","event_id":"evt_bare"}""");

            RealtimeServerMessage message = ServerEventMapper.ToMessage(serverEvent, audioFormat: null);

            Assert.Same(serverEvent, message.RawRepresentation);
            Assert.Equal("evt_bare", message.MessageId);
            Assert.Equal(Expected(type), message.Type);
            new ResponseCreateGate().OnReceived(serverEvent, out _, out _);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void A_documented_example_maps_to_its_message_type(string json)
        {
            ServerEvent serverEvent = ServerEvent.Parse(json);

            RealtimeServerMessage message = ServerEventMapper.ToMessage(serverEvent, audioFormat: null);

            Assert.Same(serverEvent, message.RawRepresentation);
            Assert.Equal(serverEvent.EventId, message.MessageId);
            Assert.Equal(Expected(serverEvent.Type), message.Type);
        }
    }
}
