using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json;
using VoiceLive.Protocol.Json.FastPath;
using Xunit;

namespace VoiceLive.Tests.FastPath
{
    /// <summary>The connection's fast delta parser must give exactly what the general parser gives, or defer to it.</summary>
    public class ServerEventReaderTests
    {
        private const string Ids = "\"event_id\":\"event_1\",\"response_id\":\"resp_1\",\"item_id\":\"item_1\",\"output_index\":0,\"content_index\":0";
        private static readonly byte[] Pcm = Enumerable.Range(0, 4800).Select(i => (byte)(i * 37 % 251)).ToArray();
        private static readonly string PcmBase64 = Convert.ToBase64String(Pcm);

        public static IEnumerable<object[]> FixtureLines()
            => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples.jsonl"))
                .Where(line => line.Trim().Length > 0)
                .Select(line => new object[] { line });

        public static IEnumerable<object[]> DeltaFrames()
        {
            string[] frames =
            {
                "{\"type\":\"response.audio.delta\"," + Ids + ",\"delta\":\"" + PcmBase64 + "\"}",
                "{\"type\":\"response.audio_transcript.delta\"," + Ids + ",\"delta\":\"Hello \"}",
                "{\"type\":\"response.text.delta\"," + Ids + ",\"delta\":\"Hi there\"}",
                // JSON escapes in base64 and text.
                "{\"type\":\"response.audio.delta\"," + Ids + ",\"delta\":\"" + PcmBase64.Replace("/", "\\/").Replace("+", "\\u002B") + "\"}",
                "{\"type\":\"response.audio_transcript.delta\"," + Ids + ",\"delta\":\"a\\/b \\u002B \\\"q\\\" \\n \\u00e9 \\ud83d\\ude00\"}",
                "{\"type\":\"response.text.delta\",\"event_id\":\"ev\\u005F2\",\"response_id\":\"resp\\/1\",\"item_id\":\"item_1\",\"output_index\":1,\"content_index\":2,\"delta\":\"x\"}",
                // Odd member order: delta and ids before type.
                "{\"delta\":\"" + PcmBase64 + "\",\"item_id\":\"item_9\",\"content_index\":3,\"type\":\"response.audio.delta\",\"output_index\":2,\"response_id\":\"resp_9\",\"event_id\":\"e9\"}",
                "{\"delta\":\"later\",\"type\":\"response.audio_transcript.delta\"}",
                "{\"delta\":\"later\",\"type\":\"response.text.delta\",\"delta\":\"twice, after the type\"}",
                // Escaped member names.
                "{\"typ\\u0065\":\"response.audio.delta\",\"d\\u0065lta\":\"AAECAw==\",\"item\\u005Fid\":\"i\"}",
                // Missing members.
                "{\"type\":\"response.audio.delta\"}",
                "{\"type\":\"response.audio_transcript.delta\",\"delta\":\"only\"}",
                "{\"type\":\"response.text.delta\",\"response_id\":\"r\"}",
                // Null members.
                "{\"type\":\"response.audio.delta\",\"event_id\":null,\"response_id\":null,\"item_id\":null,\"output_index\":null,\"content_index\":null,\"delta\":null}",
                "{\"type\":\"response.audio_transcript.delta\"," + Ids + ",\"delta\":null}",
                // Unknown extra members of every shape.
                "{\"type\":\"response.audio.delta\"," + Ids + ",\"delta\":\"" + PcmBase64 + "\",\"emulator_sent_ts\":123456789012}",
                "{\"x\":{\"a\":[1,2,{\"b\":null}]},\"type\":\"response.audio_transcript.delta\",\"y\":[],\"z\":\"s\"," + Ids + ",\"delta\":\"w\",\"t\":true}",
                "{\"type\":\"response.text.delta\",\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"delta\":\"many extras\"}",
                "{\"type\":\"response.text.delta\",\"url\":\"http://example.com/x\",\"delta\":\"slash in an extra\"}",
                // Numbers the general path reads differently or rejects.
                "{\"type\":\"response.audio_transcript.delta\",\"output_index\":\"1\",\"delta\":\"quoted number\"}",
                "{\"type\":\"response.audio_transcript.delta\",\"output_index\":1.5,\"delta\":\"fraction\"}",
                "{\"type\":\"response.audio_transcript.delta\",\"output_index\":99999999999,\"delta\":\"overflow\"}",
                // Duplicates, wrong kinds, bad base64, whitespace, comments, trailing commas and trailing data.
                "{\"type\":\"response.audio_transcript.delta\",\"delta\":\"one\",\"delta\":\"two\"}",
                "{\"type\":\"response.audio_transcript.delta\",\"delta\":42}",
                "{\"type\":\"response.audio.delta\",\"delta\":\"<delta>\"}",
                "{\"type\":\"response.audio.delta\",\"delta\":\"AAA\"}",
                "{\"type\":\"response.audio.delta\",\"delta\":\"\"}",
                " { \"type\" : \"response.audio.delta\" , \"delta\" : \"" + PcmBase64 + "\" } ",
                "{\"type\":\"response.audio.delta\",\"delta\":\"AAAA\"}     ",
                "{\"type\":\"response.text.delta\", /* a comment */ \"delta\":\"c\"}",
                "{\"type\":\"response.text.delta\",\"delta\":\"trailing comma\",}",
                "{\"type\":\"response.text.delta\",\"delta\":\"two\"}{\"type\":\"response.text.delta\"}",
                "{\"type\":\"response.text.delta\",\"delta\":\"unterminated",
                "{\"type\":\"response.text.delta\",\"delta\":\"x\",\"type\":\"response.audio.delta\"}",
                "{\"type\":\"response.text.done\",\"delta\":\"not a delta type\",\"text\":\"t\"}",
                "{\"type\":\"response.audio.delta.extra\",\"delta\":\"AAAA\"}",
                "[\"response.audio.delta\"]",
                "{\"type\":null,\"delta\":\"x\"}",
            };
            return frames.Select(f => new object[] { f });
        }

        [Theory]
        [MemberData(nameof(FixtureLines))]
        public void Every_fixture_parses_as_the_general_path_does(string line)
        {
            AssertSameAsGeneral(Encoding.UTF8.GetBytes(line));
        }

        [Theory]
        [MemberData(nameof(DeltaFrames))]
        public void Every_delta_variant_parses_as_the_general_path_does(string frame)
        {
            AssertSameAsGeneral(Encoding.UTF8.GetBytes(frame));
        }

        [Fact]
        public void Fixture_deltas_with_a_source_member_take_the_fast_path()
        {
            // The fixtures carry an unknown "_source" member: a realistic extra that must be kept, not a reason to fall back.
            var reader = new ServerEventReader();
            int fast = 0;
            foreach (object[] row in FixtureLines())
            {
                byte[] frame = Encoding.UTF8.GetBytes((string)row[0]);
                if (reader.TryParseFast(frame) is not null)
                {
                    fast++;
                }
            }

            Assert.True(fast >= 2, $"only {fast} fixture deltas took the fast path");
        }

        [Theory]
        [InlineData("{\"type\":\"response.audio.delta\",\"event_id\":\"e\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"AAECAw==\"}")]
        [InlineData("{\"type\":\"response.audio_transcript.delta\",\"delta\":\"a\\/b\\u002B\"}")]
        [InlineData("{\"delta\":\"x\",\"type\":\"response.text.delta\",\"extra\":{\"n\":[1]}}")]
        [InlineData("{\"type\":\"response.audio.delta\",\"delta\":\"" + "AAECAw==" + "\",\"emulator_sent_ts\":5}")]
        public void Common_deltas_take_the_fast_path(string frame)
        {
            Assert.NotNull(new ServerEventReader().TryParseFast(Encoding.UTF8.GetBytes(frame)));
        }

        [Theory]
        [InlineData("{\"type\":\"response.audio.delta\",\"delta\":null}")]
        [InlineData("{\"type\":\"response.audio.delta\",\"output_index\":\"0\"}")]
        [InlineData("{\"type\":\"response.audio.delta\",\"delta\":\"<delta>\"}")]
        [InlineData("{\"type\":\"response.audio.delta\",\"delta\":\"AAAA\",\"delta\":\"AAAA\"}")]
        [InlineData("{\"type\":\"response.audio.delta\",\"delta\":\"AAAA\"} ")]
        [InlineData("{\"type\":\"response.text.delta\",\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}")]
        [InlineData("{\"type\":\"response.text.delta\",\"u\":\"http://x\"}")]
        [InlineData("{\"type\":\"response.done\",\"delta\":\"x\"}")]
        public void Unusual_frames_fall_back_to_the_general_path(string frame)
        {
            Assert.Null(new ServerEventReader().TryParseFast(Encoding.UTF8.GetBytes(frame)));
        }

        [Fact]
        public void A_frame_over_64_KiB_keeps_its_exact_bytes()
        {
            byte[] frame = Encoding.UTF8.GetBytes("{\"type\":\"response.audio.delta\",\"delta\":\"" + new string('A', 70_000) + "\"   }");

            ServerEvent evt = new ServerEventReader().Parse(frame);

            Assert.IsType<ServerEventResponseAudioDelta>(evt);
            Assert.Equal(frame, evt.RawJson.ToArray());
        }

        [Fact]
        public void Repeated_ids_reuse_one_string_and_a_new_id_is_read_fresh()
        {
            var reader = new ServerEventReader();
            string Frame(string response, string item) => "{\"type\":\"response.audio_transcript.delta\",\"response_id\":\"" + response + "\",\"item_id\":\"" + item + "\",\"delta\":\"w\"}";
            var first = (ServerEventResponseAudioTranscriptDelta)reader.Parse(Encoding.UTF8.GetBytes(Frame("resp_1", "item_1")));
            var second = (ServerEventResponseAudioTranscriptDelta)reader.Parse(Encoding.UTF8.GetBytes(Frame("resp_1", "item_1")));
            var third = (ServerEventResponseAudioTranscriptDelta)reader.Parse(Encoding.UTF8.GetBytes(Frame("resp_1", "item_2")));

            Assert.Same(first.ResponseId, second.ResponseId);
            Assert.Same(first.ItemId, second.ItemId);
            Assert.Same(first.ResponseId, third.ResponseId);
            Assert.Equal("item_2", third.ItemId);
        }

        [Fact]
        public void Invalid_utf8_in_a_fast_path_delta_is_reported_as_the_general_path_reports_it()
        {
            byte[] prefix = Encoding.UTF8.GetBytes("{\"type\":\"response.audio_transcript.delta\",\"item_id\":\"");
            byte[] frame = prefix.Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\",\"delta\":\"x\"}")).ToArray();

            ServerEvent fast = new ServerEventReader().Parse(frame);

            Assert.IsType<MalformedServerEvent>(fast);
            AssertSameAsGeneral(frame);
        }

        [Fact]
        public void Lazy_raw_json_is_computed_once_and_keeps_unknown_members_verbatim()
        {
            byte[] frame = Encoding.UTF8.GetBytes("{\"type\":\"response.audio.delta\"," + Ids + ",\"delta\":\"AAECAw==\",\"emulator_sent_ts\":1234,\"nested\":{\"a\":[1,\"b\"]}}");
            ServerEvent evt = new ServerEventReader().Parse(frame);

            BinaryData raw = evt.RawJson;

            Assert.Same(raw, evt.RawJson);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(frame), JsonNode.Parse(raw.ToMemory().Span)));
        }

        /// <summary>
        /// Same class, same modelled values, and RawJson equivalent to the general path's (which is the frame itself):
        /// every member of the frame is present with the same value (base64 compared as bytes, so escapes may differ),
        /// and members the frame lacks are only the modelled defaults.
        /// </summary>
        private static void AssertSameAsGeneral(byte[] frame)
        {
            ServerEvent general = ServerEventParser.Parse(frame);
            ServerEvent fast = new ServerEventReader().Parse(frame);

            Assert.Equal(general.GetType(), fast.GetType());
            Assert.Equal(general.Type, fast.Type);
            Assert.Equal(general.EventId, fast.EventId);
            bool tookFastPath = new ServerEventReader().TryParseFast(frame) is not null;
            if (!tookFastPath)
            {
                // Deferred to the general path: the very same result, frame kept byte for byte.
                Assert.Equal(general.RawJson.ToArray(), fast.RawJson.ToArray());
            }

            if (general is MalformedServerEvent || general is UnknownServerEvent)
            {
                Assert.False(tookFastPath);
                return;
            }

            var typeInfo = VoiceLiveJson.GetTypeInfo(general.GetType())!;
            JsonNode? generalTyped = JsonSerializer.SerializeToNode(general, typeInfo);
            JsonNode? fastTyped = JsonSerializer.SerializeToNode(fast, typeInfo);
            Assert.True(JsonNode.DeepEquals(generalTyped, fastTyped), $"typed values differ:\n{generalTyped}\n{fastTyped}");
            if (!tookFastPath)
            {
                return;
            }

            JsonObject generalRaw = JsonNode.Parse(general.RawJson.ToMemory().Span, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
            JsonObject fastRaw = JsonNode.Parse(fast.RawJson.ToMemory().Span)!.AsObject();
            foreach (KeyValuePair<string, JsonNode?> member in generalRaw)
            {
                Assert.True(fastRaw.ContainsKey(member.Key), $"RawJson lost {member.Key}");
                if (member.Key == "delta" && fast is ServerEventResponseAudioDelta)
                {
                    Assert.Equal(Convert.FromBase64String(member.Value!.GetValue<string>()), Convert.FromBase64String(fastRaw[member.Key]!.GetValue<string>()));
                }
                else
                {
                    Assert.True(JsonNode.DeepEquals(member.Value, fastRaw[member.Key]), $"RawJson member {member.Key}: {member.Value?.ToJsonString()} vs {fastRaw[member.Key]?.ToJsonString()}");
                }
            }

            foreach (KeyValuePair<string, JsonNode?> member in fastRaw)
            {
                if (!generalRaw.ContainsKey(member.Key))
                {
                    Assert.True(JsonNode.DeepEquals(member.Value, generalTyped![member.Key]), $"RawJson added {member.Key} that is not the modelled value");
                }
            }
        }
    }
}
