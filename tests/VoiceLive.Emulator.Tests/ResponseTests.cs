using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class ResponseTests
    {
        internal static JsonObject UserText(string text) => new()
        {
            ["type"] = "conversation.item.create",
            ["item"] = new JsonObject
            {
                ["type"] = "message",
                ["role"] = "user",
                ["content"] = new JsonArray(new JsonObject { ["type"] = "input_text", ["text"] = text }),
            },
        };

        internal static short[] DecodeOutput(IEnumerable<JsonObject> events, string format)
        {
            var bytes = new MemoryStream();
            foreach (JsonObject e in events.Where(e => (string?)e["type"] == "response.audio.delta"))
            {
                bytes.Write(Convert.FromBase64String((string)e["delta"]!));
            }

            return EmulatorAudio.Decode(bytes.ToArray(), format);
        }

        [Fact]
        public async Task Audio_response_streams_the_full_sequence_in_order()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(UserText("hello there"));
            await client.WaitForAsync("conversation.item.created");

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            List<JsonObject> events = await client.CollectUntilAsync("response.done");

            string[] types = events.Select(e => (string)e["type"]!).ToArray();
            string[] collapsed = types.Where((t, i) => i == 0 || t != types[i - 1] || !t.EndsWith(".delta", StringComparison.Ordinal)).ToArray();
            string[] head = { "response.created", "response.output_item.added", "conversation.item.created", "response.content_part.added" };
            string[] tail = { "response.audio.done", "response.audio_transcript.done", "response.content_part.done", "response.output_item.done", "response.done" };
            Assert.Equal(head, collapsed.Take(4));
            Assert.Equal(tail, collapsed.TakeLast(5));
            Assert.All(collapsed.Skip(4).SkipLast(5), t => Assert.Contains(t, new[] { "response.audio.delta", "response.audio_transcript.delta" }));
            Assert.True(types.Count(t => t == "response.audio.delta") > 5);

            const string Expected = "You said: \"hello there\".";
            string responseId = (string)events[0]["response"]!["id"]!;
            Assert.All(events.Skip(1).Where(e => e.ContainsKey("response_id")), e => Assert.Equal(responseId, (string?)e["response_id"]));
            Assert.Equal(Expected, string.Concat(events.Where(e => (string?)e["type"] == "response.audio_transcript.delta").Select(e => (string?)e["delta"])));
            Assert.Equal(Expected, EmulatorSpeech.Transcribe(DecodeOutput(events, "pcm16"), 24000));

            JsonObject done = events[^1];
            Assert.Equal("completed", (string?)done["response"]!["status"]);
            Assert.Equal(Expected, (string?)done["response"]!["output"]![0]!["content"]![0]!["transcript"]);
            Assert.Equal("completed", (string?)done["response"]!["output"]![0]!["status"]);
            JsonObject usage = (JsonObject)done["response"]!["usage"]!;
            Assert.Equal((int)usage["input_tokens"]! + (int)usage["output_tokens"]!, (int)usage["total_tokens"]!);
            Assert.True((int)usage["output_token_details"]!["audio_tokens"]! > 0);
        }

        [Theory]
        [InlineData("pcm16_8000hz", 8000)]
        [InlineData("pcm16_16000hz", 16000)]
        [InlineData("g711_ulaw", 8000)]
        [InlineData("g711_alaw", 8000)]
        public async Task Output_audio_follows_output_audio_format_and_transcribes_back(string format, int rate)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject { ["output_audio_format"] = format } });
            await client.WaitForAsync("session.updated");
            await client.SendAsync(UserText("phone call"));

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            List<JsonObject> events = await client.CollectUntilAsync("response.done");

            Assert.Equal(format, (string?)events[^1]["response"]!["output_audio_format"]);
            Assert.Equal(rate, EmulatorAudio.SampleRateOf(format));
            Assert.Equal("You said: \"phone call\".", EmulatorSpeech.Transcribe(DecodeOutput(events, format), rate));
        }

        [Fact]
        public async Task Text_only_modalities_stream_text()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(UserText("just text"));

            await client.SendAsync(new JsonObject { ["type"] = "response.create", ["response"] = JsonNode.Parse("""{"modalities":["text"]}""") });
            List<JsonObject> events = await client.CollectUntilAsync("response.done");

            Assert.DoesNotContain(events, e => ((string)e["type"]!).StartsWith("response.audio", StringComparison.Ordinal));
            JsonObject done = events.Single(e => (string?)e["type"] == "response.text.done");
            Assert.Equal("You said: \"just text\".", (string?)done["text"]);
            Assert.Equal("text", (string?)events.First(e => (string?)e["type"] == "response.content_part.added")["part"]!["type"]);
        }

        [Fact]
        public async Task Response_cancel_ends_with_cancelled_client_cancelled()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
            {
                o.AudioPacing = EmulatorAudioPacing.RealTime;
                o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("This is a long answer that takes several seconds to say out loud."));
            });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.audio.delta");
            await client.SendAsync(new JsonObject { ["type"] = "response.cancel" });
            JsonObject done = await client.WaitForAsync("response.done");

            Assert.Equal("cancelled", (string?)done["response"]!["status"]);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"cancelled","reason":"client_cancelled"}"""), done["response"]!["status_details"]));
            Assert.Equal("incomplete", (string?)done["response"]!["output"]![0]!["status"]);

            await client.SendAsync(new JsonObject { ["type"] = "response.cancel", ["event_id"] = "again" });
            JsonObject error = await client.WaitForAsync("error");
            Assert.Equal("response_cancel_not_active", (string?)error["error"]!["code"]);
        }

        [Fact]
        public async Task Second_response_create_while_active_is_an_error()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o => o.AudioPacing = EmulatorAudioPacing.RealTime);
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            await client.WaitForAsync("response.created");
            await client.SendAsync(new JsonObject { ["type"] = "response.create", ["event_id"] = "dup" });
            JsonObject error = await client.WaitForAsync("error");
            Assert.Equal("conversation_already_has_active_response", (string?)error["error"]!["code"]);
            await client.SendAsync(new JsonObject { ["type"] = "response.cancel" });
            await client.WaitForAsync("response.done");
        }

        [Fact]
        public async Task Speech_during_a_response_cancels_it_and_truncate_deletes_the_transcript()
        {
            const string Answer = "A long reply that the user will interrupt.";
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync(o =>
            {
                o.AudioPacing = EmulatorAudioPacing.RealTime;
                o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say(Answer));
            });
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            JsonObject added = await client.WaitForAsync("response.output_item.added");
            await client.WaitForAsync("response.audio.delta");
            await client.AppendAudioAsync(EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("stop", 24000)));
            JsonObject started = await client.WaitForAsync("input_audio_buffer.speech_started");
            JsonObject done = await client.WaitForAsync("response.done");

            Assert.NotNull(started["item_id"]);
            Assert.Equal("cancelled", (string?)done["response"]!["status"]);
            Assert.Equal("turn_detected", (string?)done["response"]!["status_details"]!["reason"]);

            string itemId = (string)added["item"]!["id"]!;
            int playedMs = EmulatorSpeech.LeadingSilenceMs + (2 * EmulatorSpeech.SymbolMs * 6) + 5;
            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["item_id"] = itemId, ["content_index"] = 0, ["audio_end_ms"] = playedMs });
            JsonObject truncated = await client.WaitForAsync("conversation.item.truncated");
            Assert.Equal(playedMs, (int)truncated["audio_end_ms"]!);

            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.retrieve", ["item_id"] = itemId });
            JsonObject retrieved = await client.WaitForAsync("conversation.item.retrieved");
            Assert.Equal(string.Empty, (string?)retrieved["item"]!["content"]![0]!["transcript"]);

            await client.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["item_id"] = itemId, ["content_index"] = 0, ["audio_end_ms"] = 999999 });
            JsonObject error = await client.WaitForAsync("error");
            Assert.Equal("audio_end_ms", (string?)error["error"]!["param"]);
        }

        [Fact]
        public async Task Output_audio_buffer_clear_is_acknowledged()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "output_audio_buffer.clear" });

            Assert.Equal("output_audio_buffer.cleared", (string?)(await client.ReceiveAsync())["type"]);
        }
    }
}
