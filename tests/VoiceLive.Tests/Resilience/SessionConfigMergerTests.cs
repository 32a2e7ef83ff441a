using System.Text;
using System.Text.Json.Nodes;
using VoiceLive.Resilience;
using Xunit;

namespace VoiceLive.Tests.Resilience
{
    public class SessionConfigMergerTests
    {
        private static void Add(SessionConfigMerger merger, string session)
            => merger.AddUpdateEvent(Encoding.UTF8.GetBytes("{\"type\":\"session.update\",\"event_id\":\"e\",\"session\":" + session + "}"));

        [Fact]
        public void Nothing_is_replayed_when_the_app_never_configured_the_session()
        {
            Assert.Null(new SessionConfigMerger().BuildReplayEvent());
        }

        [Fact]
        public void Later_members_replace_earlier_ones_nested_objects_merge_and_null_and_arrays_replace()
        {
            var merger = new SessionConfigMerger();
            Add(merger, "{\"instructions\":\"a\",\"voice\":{\"type\":\"azure-standard\",\"name\":\"x\",\"rate\":\"1.0\"},\"tools\":[{\"name\":\"t1\"},{\"name\":\"t2\"}],\"turn_detection\":{\"type\":\"server_vad\"}}");
            Add(merger, "{\"voice\":{\"name\":\"y\"},\"tools\":[{\"name\":\"t3\"}],\"turn_detection\":null,\"temperature\":0.6}");

            JsonObject replay = (JsonObject)JsonNode.Parse(merger.BuildReplayEvent())!;

            Assert.Equal("session.update", (string?)replay["type"]);
            Assert.Null(replay["event_id"]);
            JsonObject session = (JsonObject)replay["session"]!;
            Assert.Equal("a", (string?)session["instructions"]);
            Assert.Equal("{\"type\":\"azure-standard\",\"name\":\"y\",\"rate\":\"1.0\"}", session["voice"]!.ToJsonString());
            Assert.Equal("[{\"name\":\"t3\"}]", session["tools"]!.ToJsonString());
            Assert.True(session.ContainsKey("turn_detection"));
            Assert.Null(session["turn_detection"]);
            Assert.Equal(0.6, (double?)session["temperature"]);
        }

        [Fact]
        public void An_update_without_a_session_object_changes_nothing()
        {
            var merger = new SessionConfigMerger();
            Add(merger, "{\"instructions\":\"a\"}");
            merger.AddUpdateEvent(Encoding.UTF8.GetBytes("{\"type\":\"session.update\"}"));

            Assert.Equal("{\"instructions\":\"a\"}", merger.MergedJson);
        }
    }
}
