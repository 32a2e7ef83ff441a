using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using VoiceLive.Samples.PhoneBridge;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    /// <summary>The PhoneBridge sample end to end: a scripted Twilio-protocol caller, the bridge, the emulator.</summary>
    public class PhoneBridgeTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        [Theory]
        [InlineData(PhoneAudioMode.MuLawPassThrough, "g711_ulaw")]
        [InlineData(PhoneAudioMode.Pcm16Resampling, "pcm16")]
        public async Task TheCallerHearsTheAssistantsReplyToWhatItSaid(PhoneAudioMode mode, string sessionFormat)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            await using PhoneBridgeServer bridge = await StartBridgeAsync(emulator, mode);
            using var cancel = new CancellationTokenSource(Wait);

            await using SimulatedCaller caller = await SimulatedCaller.CallAsync(bridge.MediaStreamUri, "MZtest1", cancel.Token);
            await caller.SayAsync("What are your opening hours?", realTime: false, cancel.Token);
            string heard = await caller.WaitUntilHeardAsync(h => h == "You said: \"What are your opening hours?\".", Wait);
            Assert.Equal("You said: \"What are your opening hours?\".", heard);

            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Wait);
            JsonNode update = (await server.WaitForEventAsync("session.update", Wait)).ToJsonNode();
            Assert.Equal(sessionFormat, (string?)update["session"]!["input_audio_format"]);
            Assert.Equal(sessionFormat, (string?)update["session"]!["output_audio_format"]);

            // Every reply chunk was followed by a mark naming the item and its audio so far, which the phone echoed.
            Assert.NotEmpty(caller.ReceivedMarks);
            Assert.All(caller.ReceivedMarks, m => Assert.Matches("^item_[^:]+:[0-9]+$", m));
            await caller.HangUpAsync(cancel.Token);
        }

        [Fact]
        public async Task TalkingOverTheReplyClearsThePhoneAndTruncatesWhereItStoppedHearing()
        {
            // Real-time pacing: the reply streams for seconds, so the caller can talk over it.
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.AudioPacing = EmulatorAudioPacing.RealTime);
            await using PhoneBridgeServer bridge = await StartBridgeAsync(emulator, PhoneAudioMode.MuLawPassThrough);
            using var cancel = new CancellationTokenSource(Wait * 2);

            await using SimulatedCaller caller = await SimulatedCaller.CallAsync(bridge.MediaStreamUri, "MZtest2", cancel.Token);
            await caller.SayAsync("Please read me the whole returns policy.", realTime: false, cancel.Token);
            await caller.WaitUntilHeardBytesAsync(1600, Wait); // 200 ms of the reply
            await caller.SayAsync("Stop.", realTime: false, cancel.Token);
            await caller.WaitUntilAsync(() => caller.Clears > 0, Wait);

            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Wait);
            JsonNode truncate = (await server.WaitForEventAsync("conversation.item.truncate", Wait)).ToJsonNode();
            int endMs = (int)truncate["audio_end_ms"]!;
            // The truncation point is at or after the last mark the handset echoed because it had played that far, and
            // never past the audio the bridge sent.
            int[] sent = caller.ReceivedMarks.Select(MarkMs).ToArray();
            int lastPlayed = caller.PlayedMarks.Select(MarkMs).DefaultIfEmpty(1).Max();
            Assert.Equal(caller.ReceivedMarks[0].Split(':')[0], (string?)truncate["item_id"]);
            Assert.InRange(endMs, lastPlayed, sent.Max() - 1);
        }

        private static int MarkMs(string mark) => int.Parse(mark.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

        private static Task<PhoneBridgeServer> StartBridgeAsync(VoiceLiveEmulator emulator, PhoneAudioMode mode)
        {
            return PhoneBridgeServer.StartAsync(
                new PhoneBridgeOptions { Mode = mode, Port = 0, ConnectAsync = VoiceLive.Samples.PhoneBridge.Program.EmulatorConnector(emulator.Endpoint) },
                LogLevel.Warning);
        }
    }
}
