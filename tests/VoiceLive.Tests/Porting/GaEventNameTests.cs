using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json.FastPath;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>
    /// The GA protocol's event names (newer api-versions, OpenAI Realtime GA) arrive typed: an alias of the existing event
    /// where the shape is the same, a class of their own otherwise. Fixtures: Fixtures/ga-events.jsonl.
    /// </summary>
    public class GaEventNameTests
    {
        // GA wire name → the class it reads into, as the classes declare it ([WireEvent]).
        private static readonly Dictionary<string, Type> s_expected = Events.DeclaredEvents.GaNames();

        public static IEnumerable<object[]> Fixtures()
            => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ga-events.jsonl"))
                .Where(l => l.Length > 0)
                .Select(l => new object[] { (string)JsonNode.Parse(l)!["type"]!, l });

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void A_GA_event_arrives_as_its_typed_class_with_the_name_it_had(string wire, string json)
        {
            ServerEvent evt = ServerEvent.Parse(json);

            Assert.IsType(s_expected[wire], evt);
            Assert.Equal(wire, evt.Type);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(evt.RawJson.ToString())));
        }

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void The_connections_fast_path_reads_a_GA_event_as_the_general_path_does(string wire, string json)
        {
            ServerEvent general = ServerEvent.Parse(json);
            ServerEvent connection = new ServerEventReader().Parse(System.Text.Encoding.UTF8.GetBytes(json));

            Assert.Equal(general.GetType(), connection.GetType());
            Assert.Equal(wire, connection.Type);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(connection.RawJson.ToString())), connection.RawJson.ToString());
        }

        [Fact]
        public void Every_GA_name_has_a_fixture()
        {
            Assert.Equal(s_expected.Keys.OrderBy(k => k, StringComparer.Ordinal), Fixtures().Select(f => (string)f[0]).OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public void The_GA_deltas_take_the_fast_path()
        {
            var reader = new ServerEventReader();
            foreach (string line in Fixtures().Select(f => (string)f[1]).Where(l => l.Contains(".delta\"", StringComparison.Ordinal)))
            {
                Assert.NotNull(reader.TryParseFast(System.Text.Encoding.UTF8.GetBytes(line)));
            }
        }

        [Fact]
        public void The_fields_of_the_new_GA_events_are_read()
        {
            var segment = (ServerEventConversationItemInputAudioTranscriptionSegment)ServerEvent.Parse(Fixture(ServerEventType.ConversationItemInputAudioTranscriptionSegment));
            Assert.Equal(("item_001", "hello how are you", "speaker_1", 0.4), (segment.ItemId, segment.Text, segment.Speaker, segment.End!.Value));

            var timeout = (ServerEventInputAudioBufferTimeoutTriggered)ServerEvent.Parse(Fixture(ServerEventType.InputAudioBufferTimeoutTriggered));
            Assert.Equal((13216, 19232, "item_001"), (timeout.AudioStartMs, timeout.AudioEndMs, timeout.ItemId));

            var done = (ServerEventConversationItemDone)ServerEvent.Parse(Fixture(ServerEventType.ConversationItemDone));
            Assert.Equal("item_001", Assert.IsType<ResponseMessageItem>(done.Item).Id);

            var audio = (ServerEventResponseAudioDelta)ServerEvent.Parse(Fixture(ServerEventType.ResponseOutputAudioDelta));
            Assert.Equal(new byte[] { 0, 0, 1, 0, 2, 0 }, audio.Delta.ToArray());
        }

        private static string Fixture(string wire) => (string)Fixtures().Single(f => (string)f[0] == wire)[1];
    }
}
