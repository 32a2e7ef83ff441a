using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Models;
using Xunit;

namespace VoiceLive.Tests.Models
{
    public class OptionalCollectionTests
    {
        [Fact]
        public void UntouchedCollectionsAreNotWritten()
        {
            string json = ModelJson.Write(new RequestSession { Instructions = "x" });

            ModelJson.Equal("""{"instructions":"x"}""", json);
        }

        [Fact]
        public void CollectionInitializerWritesTheItems()
        {
            var session = new RequestSession
            {
                Modalities = { Modality.Text, Modality.Audio },
                Metadata = { ["k"] = "v" },
            };

            ModelJson.Equal("""{"modalities":["text","audio"],"metadata":{"k":"v"}}""", ModelJson.Write(session));
        }

        [Fact]
        public void AssignedEmptyCollectionIsWrittenEmpty()
        {
            var session = new RequestSession { Tools = new List<Tool>(), Metadata = new Dictionary<string, string>() };

            ModelJson.Equal("""{"tools":[],"metadata":{}}""", ModelJson.Write(session));
        }

        [Fact]
        public void CollectionEmptiedAfterUseIsWrittenEmpty()
        {
            var session = new RequestSession();
            session.Tools.Add(new FunctionTool("f"));
            session.Tools.Clear();

            ModelJson.Equal("""{"tools":[]}""", ModelJson.Write(session));
        }

        [Fact]
        public void AssigningNullRestoresNotSet()
        {
            var session = new RequestSession { Modalities = null! };

            Assert.NotNull(session.Modalities);
            Assert.Empty(session.Modalities);
            ModelJson.Equal("{}", ModelJson.Write(session));
        }

        [Fact]
        public void JsonNullCollectionReadsAsEmptyNotSet()
        {
            var session = ModelJson.Read<ResponseSession>("""{"tools":null,"modalities":null,"metadata":null}""");

            Assert.Empty(session.Tools);
            Assert.Empty(session.Modalities);
            Assert.Empty(session.Metadata);
            ModelJson.Equal("{}", ModelJson.Write(session));
        }

        [Fact]
        public void ReadCollectionsAreWrittenBackEvenWhenEmpty()
        {
            ModelJson.RoundTrip<ResponseSession>("""{"tools":[],"modalities":["text"]}""");
        }

        [Fact]
        public void OptionalListBehavesAsAList()
        {
            var list = new OptionalList<string>();
            Assert.True(list.IsUndefined);
            Assert.Empty(list);
            Assert.Equal(-1, list.IndexOf("a"));
            bool contains = list.Contains("a");
            Assert.False(contains);
            list.CopyTo(Array.Empty<string>(), 0);
            Assert.True(list.IsUndefined);

            list.Add("a");
            list.Insert(0, "b");
            list[1] = "c";
            Assert.False(list.IsUndefined);
            Assert.Equal(new[] { "b", "c" }, list);
            Assert.True(list.Remove("b"));
            list.RemoveAt(0);
            Assert.Empty(list);
            Assert.False(list.IsUndefined);
        }

        [Fact]
        public void OptionalDictionaryBehavesAsADictionary()
        {
            var map = new OptionalDictionary<string, int>();
            Assert.True(map.IsUndefined);
            Assert.False(map.TryGetValue("a", out _));
            Assert.False(map.ContainsKey("a"));
            Assert.Empty(map.Keys);
            Assert.Empty(map.Values);
            Assert.Throws<KeyNotFoundException>(() => map["a"]);
            Assert.True(map.IsUndefined);

            map.Add("a", 1);
            map["b"] = 2;
            Assert.False(map.IsUndefined);
            Assert.True(map.TryGetValue("b", out int b));
            Assert.Equal(2, b);
            Assert.Equal(2, map.Count);
            Assert.True(map.Remove("a"));
            Assert.Contains(new KeyValuePair<string, int>("b", 2), map);
        }

        [Fact]
        public void NestedModelsOmitTheirUntouchedCollectionsToo()
        {
            var session = new RequestSession
            {
                Voice = new AzureStandardVoice("en-US-AvaNeural"),
                TurnDetection = new AzureSemanticVad { Languages = { "en" } },
            };

            JsonNode node = JsonNode.Parse(ModelJson.Write(session))!;
            ModelJson.Equal("""{"type":"azure-standard","name":"en-US-AvaNeural"}""", node["voice"]!.ToJsonString());
            ModelJson.Equal("""{"type":"azure_semantic_vad","languages":["en"]}""", node["turn_detection"]!.ToJsonString());
        }
    }
}
