using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class ConcurrencyTests
    {
        [Fact]
        public async Task Concurrent_senders_while_reading_deliver_every_event_whole()
        {
            const int Senders = 4;
            const int PerSender = 50;
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Responder = new DelegateEmulatorResponder(_ => EmulatorReply.Say("ok")));
            var (connection, reader, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            await Harness.UpdateSessionAsync(connection, reader, new RequestSession { TurnDetection = TurnDetection.Disabled });
            int before = server.ReceivedEvents.Count;

            // A reader runs the whole time; four tasks send appends (large frames), item creates and response creates.
            Task<List<ServerEvent>> reading = Task.Run(() => reader.CollectUntilAsync<ServerEventConversationItemCreated>(e => e.Item?.Id == "item_last", TimeSpan.FromSeconds(30)));
            byte[] audio = EmulatorAudio.ToBytes(EmulatorSpeech.Silence(100, 24000));
            Task[] senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
            {
                for (int i = 0; i < PerSender; i++)
                {
                    switch (i % 5)
                    {
                        case 4:
                            await connection.Response.CreateAsync(eventId: $"resp_{s}_{i}");
                            break;
                        case 3:
                            await connection.Conversation.Item.CreateAsync(new UserMessageItem($"sender {s} message {i}"), eventId: $"item_{s}_{i}");
                            break;
                        default:
                            await connection.InputAudioBuffer.AppendAsync(audio, eventId: $"append_{s}_{i}");
                            break;
                    }
                }
            })).ToArray();
            await Task.WhenAll(senders).WaitAsync(Harness.Timeout);
            await connection.Conversation.Item.CreateAsync(new UserMessageItem("last") { Id = "item_last" });
            List<ServerEvent> events = await reading;

            EmulatorReceivedEvent last = await server.WaitAsync(e => e.Type == "conversation.item.create" && e.Json.Contains("item_last"), Harness.Timeout);
            List<EmulatorReceivedEvent> recorded = server.ReceivedEvents.Skip(before).ToList();
            Assert.Equal((Senders * PerSender) + 1, recorded.Count);
            Assert.All(recorded, e =>
            {
                Assert.False(e.IsBinary);
                using JsonDocument doc = JsonDocument.Parse(e.Json); // whole, valid JSON: frames never interleaved
                Assert.NotNull(e.Type);
            });
            Assert.Equal(Senders * PerSender * 3 / 5, recorded.Count(e => e.Type == "input_audio_buffer.append"));
            Assert.Equal((Senders * PerSender / 5) + 1, recorded.Count(e => e.Type == "conversation.item.create")); // + item_last
            Assert.Equal(Senders * PerSender / 5, recorded.Count(e => e.Type == "response.create"));
            Assert.Equal(recorded.Count - 1, last.Index - before);

            // Every event arrived exactly once, and each sender's own events arrived in its order.
            for (int s = 0; s < Senders; s++)
            {
                List<int> mine = recorded
                    .Select(e => e.EventId?.Split('_'))
                    .Where(parts => parts is { Length: 3 } && parts[1] == s.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Select(parts => int.Parse(parts![2], System.Globalization.CultureInfo.InvariantCulture))
                    .ToList();
                Assert.Equal(Enumerable.Range(0, PerSender).ToList(), mine);
            }

            // The reader saw every item the senders created (responses may have been refused while one was active).
            Assert.Equal(Senders * PerSender / 5, events.OfType<ServerEventConversationItemCreated>().Count(e => e.Item is ResponseMessageItem m && m.Role == MessageRole.User && e.Item.Id != "item_last"));
            Assert.DoesNotContain(events, e => e is MalformedServerEvent);
        }
    }
}
