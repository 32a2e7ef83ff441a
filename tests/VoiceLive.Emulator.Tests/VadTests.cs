using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    public class VadTests
    {
        private const string Sentence = "What's the weather like in Paris today?";

        internal static byte[] Encode(short[] pcm, string format)
        {
            return EmulatorAudio.Encode(pcm, format);
        }

        /// <summary>300 ms silence, the sentence (with its own 200 ms lead and tail), then 1 s silence.</summary>
        internal static short[] Utterance(string text, int rate)
        {
            return EmulatorSpeech.Silence(300, rate)
                .Concat(EmulatorSpeech.Synthesize(text, rate))
                .Concat(EmulatorSpeech.Silence(1000, rate))
                .ToArray();
        }

        [Theory]
        [InlineData("pcm16", 24000)]
        [InlineData("pcm16", 16000)]
        [InlineData("pcm16", 8000)]
        [InlineData("g711_ulaw", 8000)]
        [InlineData("g711_alaw", 8000)]
        public async Task Server_vad_finds_the_utterance_and_transcribes_it_exactly(string format, int rate)
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            var session = new JsonObject
            {
                ["input_audio_format"] = format,
                ["input_audio_transcription"] = new JsonObject { ["model"] = "azure-speech" },
            };
            if (format == "pcm16")
            {
                session["input_audio_sampling_rate"] = rate;
            }

            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = session });
            await client.WaitForAsync("session.updated");

            await client.AppendAudioAsync(Encode(Utterance(Sentence, rate), format), chunkBytes: rate / 10 * (format == "pcm16" ? 2 : 1));

            JsonObject started = await client.WaitForAsync("input_audio_buffer.speech_started");
            JsonObject stopped = await client.WaitForAsync("input_audio_buffer.speech_stopped");
            JsonObject committed = await client.WaitForAsync("input_audio_buffer.committed");
            JsonObject created = await client.WaitForAsync("conversation.item.created");
            JsonObject completed = await client.WaitForAsync("conversation.item.input_audio_transcription.completed");
            JsonObject transcript = await client.WaitForAsync("response.audio_transcript.done");

            // Truth: speech begins at 300 + 200 ms; audio_start_ms includes the 300 ms prefix padding.
            int speechStart = 300 + EmulatorSpeech.LeadingSilenceMs;
            int speechEnd = speechStart + EmulatorSpeech.GetSpeechDurationMs(Sentence);
            Assert.InRange((int)started["audio_start_ms"]!, speechStart - 300 - 20, speechStart - 300 + 20);

            // audio_end_ms includes silence_duration_ms (500); the last symbol ends with a 10 ms gap.
            Assert.InRange((int)stopped["audio_end_ms"]!, speechEnd + 500 - 30, speechEnd + 500 + 20);
            string itemId = (string)started["item_id"]!;
            Assert.Equal(itemId, (string?)stopped["item_id"]);
            Assert.Equal(itemId, (string?)committed["item_id"]);
            Assert.Equal(itemId, (string?)created["item"]!["id"]);
            Assert.Equal("user", (string?)created["item"]!["role"]);
            Assert.Equal("input_audio", (string?)created["item"]!["content"]![0]!["type"]);
            Assert.Equal(Sentence, (string?)completed["transcript"]);
            Assert.Equal($"You said: \"{Sentence}\".", (string?)transcript["transcript"]);
            string deltas = string.Concat(client.Received
                .Where(e => (string?)e["type"] == "conversation.item.input_audio_transcription.delta")
                .Select(e => (string?)e["delta"]));
            Assert.Equal(Sentence, deltas);
        }

        [Fact]
        public async Task Threshold_is_honoured()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            // Tones are about -12 dBFS; threshold 1.0 needs -10 dBFS, so nothing counts as speech.
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = JsonNode.Parse("""{"turn_detection":{"type":"server_vad","threshold":1.0}}""") });
            await client.WaitForAsync("session.updated");
            await client.AppendAudioAsync(EmulatorAudio.ToBytes(Utterance("hi", 24000)));
            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.commit" });

            JsonObject next = await client.ReceiveAsync();
            Assert.Equal("input_audio_buffer.committed", (string?)next["type"]);
        }

        [Fact]
        public async Task Without_turn_detection_nothing_happens_until_commit_and_response_create()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject { ["turn_detection"] = null } });
            await client.WaitForAsync("session.updated");

            await client.AppendAudioAsync(EmulatorAudio.ToBytes(Utterance("hello there", 24000)));
            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.commit" });
            List<JsonObject> events = await client.CollectUntilAsync("conversation.item.created");
            Assert.Equal(new[] { "input_audio_buffer.committed", "conversation.item.created" }, events.Select(e => (string?)e["type"]));

            await client.SendAsync(new JsonObject { ["type"] = "response.create" });
            JsonObject first = await client.ReceiveAsync();
            Assert.Equal("response.created", (string?)first["type"]);
            JsonObject done = await client.WaitForAsync("response.audio_transcript.done");
            Assert.Equal("You said: \"hello there\".", (string?)done["transcript"]);
        }

        [Fact]
        public async Task Clear_and_empty_commit()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.AppendAudioAsync(EmulatorAudio.ToBytes(EmulatorSpeech.Silence(500, 24000)));
            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.clear" });
            Assert.Equal("input_audio_buffer.cleared", (string?)(await client.ReceiveAsync())["type"]);

            await client.SendAsync(new JsonObject { ["type"] = "input_audio_buffer.commit", ["event_id"] = "c1" });
            JsonObject error = await client.ReceiveAsync();
            Assert.Equal("input_audio_buffer_commit_empty", (string?)error["error"]!["code"]);
            Assert.Equal("c1", (string?)error["error"]!["event_id"]);
        }

        [Fact]
        public async Task Real_speech_is_detected_and_transcribed_as_a_placeholder()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject
            {
                ["type"] = "session.update",
                ["session"] = JsonNode.Parse("""{"input_audio_format":"g711_ulaw","input_audio_transcription":{"model":"azure-speech"}}"""),
            });
            await client.WaitForAsync("session.updated");
            short[] pcm = WavFixture.ReadPcm16("weather-paris-8k-ulaw.wav", out int rate);
            Assert.Equal(8000, rate);

            await client.AppendAudioAsync(EmulatorAudio.EncodeMuLaw(pcm), 800);
            JsonObject started = await client.WaitForAsync("input_audio_buffer.speech_started");
            JsonObject completed = await client.WaitForAsync("conversation.item.input_audio_transcription.completed");

            Assert.InRange((int)started["audio_start_ms"]!, 0, 300);
            Assert.StartsWith("[unrecognized speech ", (string?)completed["transcript"], StringComparison.Ordinal);
        }

        [Fact]
        public async Task Turn_events_commit_the_turn_and_respond()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;
            await client.SendAsync(new JsonObject { ["type"] = "session.update", ["session"] = new JsonObject { ["turn_detection"] = null } });
            await client.WaitForAsync("session.updated");

            await client.SendAsync(new JsonObject { ["type"] = "input_audio.turn.start", ["turn_id"] = "t1" });
            byte[] audio = EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("turn based", 24000));
            await client.SendAsync(new JsonObject { ["type"] = "input_audio.turn.append", ["turn_id"] = "t1", ["audio"] = Convert.ToBase64String(audio) });
            await client.SendAsync(new JsonObject { ["type"] = "input_audio.turn.end", ["turn_id"] = "t1" });

            Assert.Equal("input_audio_buffer.committed", (string?)(await client.ReceiveAsync())["type"]);
            JsonObject done = await client.WaitForAsync("response.audio_transcript.done");
            Assert.Equal("You said: \"turn based\".", (string?)done["transcript"]);

            await client.SendAsync(new JsonObject { ["type"] = "input_audio.turn.append", ["turn_id"] = "nope", ["audio"] = "" });
            JsonObject error = await client.WaitForAsync("error");
            Assert.Equal("turn_id", (string?)error["error"]!["param"]);
        }

        [Fact]
        public async Task Streamed_text_input_becomes_a_user_item_and_a_response()
        {
            await using VoiceLiveEmulator emulator = await TestClient.StartEmulatorAsync();
            var (client, _) = await TestClient.ConnectReadyAsync(emulator);
            await using var __ = client;

            await client.SendAsync(new JsonObject { ["type"] = "input_text.delta", ["id"] = "txt1", ["delta"] = "Hello " });
            await client.SendAsync(new JsonObject { ["type"] = "input_text.delta", ["id"] = "txt1", ["delta"] = "emulator" });
            await client.SendAsync(new JsonObject { ["type"] = "input_text.done", ["id"] = "txt1" });

            JsonObject created = await client.ReceiveAsync();
            Assert.Equal("conversation.item.created", (string?)created["type"]);
            Assert.Equal("Hello emulator", (string?)created["item"]!["content"]![0]!["text"]);
            JsonObject done = await client.WaitForAsync("response.audio_transcript.done");
            Assert.Equal("You said: \"Hello emulator\".", (string?)done["transcript"]);
        }
    }
}
