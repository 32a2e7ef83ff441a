using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using VoiceLive.Emulator;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// The BrowserAssistant sample in a real headless Chromium, its microphone a WAV of the emulator's speech: the
    /// user asks for a story, talks over the reply (barge-in), and the second question is answered in full.
    /// </summary>
    [Trait("Category", "Browser")]
    [Collection(BrowserCollection.Name)]
    public sealed class BrowserAssistantTests
    {
        private const string FirstQuestion = "Please tell me a short story about the sea.";
        private const string SecondQuestion = "Wait, what about Paris?";
        private const int ReplySamplesPerMs = 24;

        private readonly ITestOutputHelper _output;

        public BrowserAssistantTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public async Task Conversation_WithBargeIn_ShowsBothTranscripts_PlaysReplies_AndTruncatesAtThePlayedPosition()
        {
            Chromium.RequireExecutable();
            string work = Path.Combine(Path.GetTempPath(), "voicelive-browser-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                // The microphone's timeline: a pause, the first question, a pause short enough that the reply is still
                // playing when the second question starts, then silence for the second reply to play out.
                var recording = new FakeMicrophoneRecording();
                recording.Pause(1000);
                recording.Say(FirstQuestion);
                recording.Pause(2500);
                recording.Say(SecondQuestion);
                recording.Pause(20_000);
                string wav = Path.Combine(work, "microphone.wav");
                recording.Save(wav);

                await using RelayHost host = await RelayHost.StartAsync();
                await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync(microphoneWav: wav);
                IPage page = chromium.Page;

                await page.GotoAsync(host.BaseAddress.ToString());
                await page.ClickAsync("#start");
                try
                {
                    await PageWaits.WaitForAsync(page, "the reply to the second question to finish playing", $$"""
                        () => {
                          const a = window.voiceAssistant;
                          const turns = [...document.querySelectorAll('.turn.assistant')];
                          return turns.length >= 2 && a.state === 'listening'
                            && turns[turns.length - 1].querySelector('.text').textContent.includes({{JsonSerializer.Serialize(SecondQuestion)}})
                            && (a.stats.itemsPlayed[turns[turns.length - 1].dataset.itemId] ?? 0) > 0
                            && a.stats.truncations.length >= 1;
                        }
                        """);

                    ConversationSnapshot snapshot = await ConversationSnapshot.ReadAsync(page);
                    _output.WriteLine(snapshot.Describe());

                    // The device runs at another rate than the relay's 24 kHz: the transcripts below went through the
                    // capture worklet's resampler, the played counts through the playback worklet's.
                    Assert.NotNull(snapshot.DeviceRate);
                    Assert.NotEqual(24_000, snapshot.DeviceRate);

                    // The visible state went through each phase of a turn, in order.
                    Assert.Equal(new[] { "idle", "connecting", "listening", "thinking", "speaking", "listening" }, snapshot.States.Take(6));
                    Assert.Equal("listening", snapshot.States[^1]);

                    // Both sides' transcripts, in conversation order.
                    Assert.Equal(new[] { FirstQuestion, SecondQuestion }, snapshot.UserTexts);
                    Assert.Equal(2, snapshot.Assistant.Count);
                    Assert.StartsWith("You said: \"Please", snapshot.Assistant[0].Text, StringComparison.Ordinal);
                    Assert.Equal($"You said: \"{SecondQuestion}\".", snapshot.Assistant[1].Text);

                    // Barge-in: the first reply was playing, stopped when the user spoke and played no further; it was
                    // cut well before its end; the server truncated it at the position the page reported.
                    ConversationSnapshot.BargeIn bargeIn = Assert.Single(snapshot.BargeIns);
                    Assert.Equal(snapshot.Assistant[0].ItemId, bargeIn.ItemId);
                    int firstReplyMs = EmulatorSpeech.GetDurationMs($"You said: \"{FirstQuestion}\".");
                    Assert.InRange(bargeIn.PlayedSamples, 200 * ReplySamplesPerMs, (firstReplyMs - 500) * ReplySamplesPerMs);
                    Assert.Equal(bargeIn.PlayedSamples, snapshot.ItemsPlayed[bargeIn.ItemId]);
                    ConversationSnapshot.Truncation truncation = Assert.Single(snapshot.Truncations);
                    Assert.Equal(bargeIn.ItemId, truncation.ItemId);
                    Assert.InRange(truncation.AudioEndMs, (bargeIn.PlayedSamples / ReplySamplesPerMs) - 1, (bargeIn.PlayedSamples / ReplySamplesPerMs) + 1);
                    Assert.Contains("interrupted at", snapshot.Assistant[0].Badge, StringComparison.Ordinal);

                    // The second reply played in full (the worklet counts what it actually output).
                    int secondReplyMs = EmulatorSpeech.GetDurationMs($"You said: \"{SecondQuestion}\".");
                    Assert.InRange(snapshot.ItemsPlayed[snapshot.Assistant[1].ItemId], (secondReplyMs - 50) * ReplySamplesPerMs, (secondReplyMs + 50) * ReplySamplesPerMs);
                    Assert.True(snapshot.SamplesPlayed >= bargeIn.PlayedSamples + snapshot.ItemsPlayed[snapshot.Assistant[1].ItemId]);
                    Assert.Empty(snapshot.FatalErrors);

                    // The server side agrees: the emulator received the truncate at the same position.
                    EmulatorConnection server = Assert.Single(host.Sessions.Emulator!.Connections);
                    EmulatorReceivedEvent truncate = await server.WaitForEventAsync("conversation.item.truncate", TimeSpan.FromSeconds(10));
                    Assert.Equal(truncation.AudioEndMs, (int)truncate.ToJsonNode()["audio_end_ms"]!);
                }
                finally
                {
                    string screenshot = Path.Combine(RepositoryPaths.Artifacts("browser"), "browser-assistant.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
                    _output.WriteLine("screenshot: " + screenshot);
                    foreach (string line in chromium.Console)
                    {
                        _output.WriteLine(line);
                    }
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
