using System;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.BrowserTests
{
    /// <summary>The relay protocol without a browser: every page message is validated, and each side's end closes the other.</summary>
    [Trait("Category", "Relay")]
    public sealed class RelayProtocolTests
    {
        private const int SampleRate = 24_000;

        [Theory]
        [InlineData("http://evil.example")]
        [InlineData("http://127.0.0.1:1")]
        [InlineData("null")]
        [InlineData(null)]
        public async Task Upgrade_FromAnotherOrigin_OrWithoutOne_IsRefusedWith403(string? origin)
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();

            Assert.Equal(403, await PageClient.RefusedStatusAsync(relay.Host, origin));
            Assert.Empty(relay.Emulator.Connections);
        }

        [Fact]
        public async Task Upgrade_FromAConfiguredOrigin_IsAccepted()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(settings: "BrowserAssistant:AllowedOrigins:0=https://app.example");
            await using PageClient page = await PageClient.ConnectAsync(relay.Host, "https://app.example");

            Assert.Equal("ready", (string?)(await page.WaitForAsync("ready"))["type"]);
            Assert.Equal(403, await PageClient.RefusedStatusAsync(relay.Host, relay.Host.Origin));
        }

        [Fact]
        public async Task SpokenTurn_IsTranscribed_AndTheReplyArrivesAsBinaryAudio()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            JsonObject ready = await page.WaitForAsync("ready");
            Assert.Equal("azure", (string?)ready["mode"]);
            Assert.Equal(SampleRate, (int)ready["sample_rate"]!);

            byte[] speech = EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("what time is it", SampleRate));
            byte[] silence = EmulatorAudio.ToBytes(EmulatorSpeech.Silence(800, SampleRate));
            await SendInFramesAsync(page, speech);
            await SendInFramesAsync(page, silence);

            Assert.Equal("what time is it", (string?)(await page.WaitForAsync("user.transcript.done"))["transcript"]);
            JsonObject start = await page.WaitForAsync("assistant.audio.start");
            JsonObject done = await page.WaitForAsync("response.done");
            Assert.Equal("completed", (string?)done["status"]);
            string reply = "You said: \"what time is it\".";
            Assert.Equal(EmulatorSpeech.GetDurationMs(reply) * SampleRate / 1000 * 2, page.AudioBytesReceived);
            Assert.StartsWith("item_", (string?)start["item_id"], StringComparison.Ordinal);
        }

        [Fact]
        public async Task PlaybackInterrupted_TruncatesThePlayedItem_AtThePlayedPosition_NeverBeyondWhatWasSent()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");
            await SendInFramesAsync(page, EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize("hello", SampleRate)));
            await SendInFramesAsync(page, EmulatorAudio.ToBytes(EmulatorSpeech.Silence(800, SampleRate)));
            string itemId = (string)(await page.WaitForAsync("assistant.audio.start"))["item_id"]!;
            await page.WaitForAsync("response.done");
            int sentMs = (int)(page.AudioBytesReceived / 48);

            await page.SendJsonAsync($$"""{"type":"playback.interrupted","item_id":"{{itemId}}","played_ms":{{sentMs + 5000}}}""");

            JsonObject truncated = await page.WaitForAsync("assistant.truncated");
            Assert.Equal(itemId, (string?)truncated["item_id"]);
            Assert.Equal(sentMs, (int)truncated["audio_end_ms"]!);
            EmulatorConnection server = Assert.Single(relay.Emulator.Connections);
            EmulatorReceivedEvent truncate = await server.WaitForEventAsync("conversation.item.truncate", TimeSpan.FromSeconds(30));
            Assert.Equal(sentMs, (int)truncate.ToJsonNode()["audio_end_ms"]!);
        }

        [Theory]
        [InlineData("""{"type":"session.update","session":{}}""", "unknown_type")]
        [InlineData("""{"type":"playback.interrupted","item_id":"item_never_sent","played_ms":10}""", "unknown_item")]
        [InlineData("""{"type":"playback.interrupted","item_id":"x","played_ms":-1}""", "invalid_message")]
        [InlineData("""{"type":42}""", "invalid_message")]
        [InlineData("""[1,2,3]""", "invalid_message")]
        [InlineData("""{"type":"playback.interrupted",""", "invalid_json")]
        public async Task InvalidJsonMessage_IsRefusedWithAnError_AndTheRelayStaysOpen(string json, string code)
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");

            await page.SendJsonAsync(json);
            JsonObject error = await page.WaitForAsync("error");

            Assert.Equal(code, (string?)error["code"]);
            Assert.False((bool)error["fatal"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));

            // Still open: the next message is answered too, and nothing reached Voice Live.
            await page.SendJsonAsync("""{"type":"nope"}""");
            Assert.Equal("unknown_type", (string?)(await page.WaitForAsync("error"))["code"]);
            Assert.DoesNotContain(Assert.Single(relay.Emulator.Connections).ReceivedEvents, e => e.Type == "conversation.item.truncate");
        }

        [Fact]
        public async Task AudioWithAnOddByteCount_IsRefused_AndNotForwarded()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");

            await page.SendAudioAsync(new byte[961]);

            Assert.Equal("invalid_audio", (string?)(await page.WaitForAsync("error"))["code"]);
            Assert.DoesNotContain(Assert.Single(relay.Emulator.Connections).ReceivedEvents, e => e.Type == "input_audio_buffer.append");
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task MessageOverTheSizeLimit_ClosesTheRelayWith1009_AfterAFatalError(bool audio)
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(settings: new[] { "BrowserAssistant:MaxAudioFrameBytes=4096", "BrowserAssistant:MaxJsonMessageBytes=256" });
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");

            if (audio)
            {
                await page.SendAudioAsync(new byte[4098]);
            }
            else
            {
                await page.SendJsonAsync("{\"type\":\"" + new string('x', 300) + "\"}");
            }

            JsonObject error = await page.WaitForAsync("error");
            Assert.Equal("message_too_large", (string?)error["code"]);
            Assert.True((bool)error["fatal"]!);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, await page.WaitForCloseAsync());
            await Assert.Single(relay.Emulator.Connections).Completion.OrTimeout("the Voice Live session to close");
        }

        [Fact]
        public async Task MessagesFasterThanTheRateLimit_CloseTheRelayWith1008_AfterAFatalError()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(settings: "BrowserAssistant:MaxMessagesPerSecond=5");
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");

            // Far more than a burst of 5 plus what 5 per second refills while they are sent.
            Task sending = Task.Run(async () =>
            {
                for (int i = 0; i < 200 && page.CloseStatus is null; i++)
                {
                    await page.SendAudioAsync(new byte[960]);
                }
            });

            JsonObject error = await page.WaitForAsync("error");
            Assert.Equal("rate_limited", (string?)error["code"]);
            Assert.True((bool)error["fatal"]!);
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, await page.WaitForCloseAsync());
            await sending.ContinueWith(_ => { }, TaskScheduler.Default).OrTimeout("the sender to stop"); // sends after the close fail, as expected
        }

        [Fact]
        public async Task PageClosing_ClosesItsVoiceLiveSession()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync();
            PageClient page = await PageClient.ConnectAsync(relay.Host);
            await page.WaitForAsync("ready");
            EmulatorConnection server = Assert.Single(relay.Emulator.Connections);

            await page.CloseAsync();
            await page.DisposeAsync();

            await server.Completion.OrTimeout("the Voice Live session to close after the page left");
            Assert.NotNull(server.ClientCloseStatus);
        }

        [Fact]
        public async Task VoiceLiveRefusingTheConnection_IsReportedToThePage_ThenTheRelayCloses()
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(new VoiceLiveEmulatorOptions { RefuseUpgradeStatusCode = 401 });
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);

            JsonObject error = await page.WaitForAsync("error");

            Assert.Equal("voicelive_refused", (string?)error["code"]);
            Assert.True((bool)error["fatal"]!);
            Assert.Contains("401", (string?)error["message"], StringComparison.Ordinal);
            Assert.DoesNotContain("test-key", (string?)error["message"], StringComparison.Ordinal);
            Assert.Equal(WebSocketCloseStatus.InternalServerError, await page.WaitForCloseAsync());
        }

        [Theory]
        [InlineData("abort")]
        [InlineData("close")]
        public async Task VoiceLiveDroppingTheSession_IsReportedToThePage_ThenTheRelayCloses(string fault)
        {
            await using EmulatorBackedRelay relay = await EmulatorBackedRelay.StartAsync(endpointQuery: $"?emulator-fault={fault}&emulator-fault-at=connect");
            await using PageClient page = await PageClient.ConnectAsync(relay.Host);

            JsonObject error = await page.WaitForAsync("error");

            Assert.StartsWith("voicelive_", (string?)error["code"], StringComparison.Ordinal);
            Assert.NotEqual("voicelive_refused", (string?)error["code"]);
            Assert.True((bool)error["fatal"]!);
            Assert.Equal(WebSocketCloseStatus.InternalServerError, await page.WaitForCloseAsync());
        }

        private static async Task SendInFramesAsync(PageClient page, byte[] pcm)
        {
            const int FrameBytes = 1920; // 40 ms, as the page sends
            for (int offset = 0; offset < pcm.Length; offset += FrameBytes)
            {
                await page.SendAudioAsync(pcm.AsMemory(offset, Math.Min(FrameBytes, pcm.Length - offset)));
            }
        }
    }
}
