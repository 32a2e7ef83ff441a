using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>Every typed resource method writes exactly the JSON the protocol expects (compared structurally).</summary>
    public class ResourceTests : ConnectionTestBase
    {
        public static IEnumerable<object[]> Cases()
        {
            yield return Case("session.update", c => c.Session.UpdateAsync(new RequestSession { Instructions = "Be brief.", Modalities = { Modality.Text, Modality.Audio }, TurnDetection = new ServerVad { SilenceDurationMs = 500 } }),
                "{\"type\":\"session.update\",\"session\":{\"instructions\":\"Be brief.\",\"modalities\":[\"text\",\"audio\"],\"turn_detection\":{\"type\":\"server_vad\",\"silence_duration_ms\":500}}}");
            yield return Case("session.update disables VAD", c => c.Session.UpdateAsync(new RequestSession { TurnDetection = TurnDetection.Disabled }, eventId: "e1"),
                "{\"type\":\"session.update\",\"event_id\":\"e1\",\"session\":{\"turn_detection\":null}}");
            yield return Case("session.update empty", c => c.Session.UpdateAsync(new RequestSession()),
                "{\"type\":\"session.update\",\"session\":{}}");
            yield return Case("session.avatar.connect", c => c.Session.Avatar.ConnectAsync("v=0 sdp"),
                "{\"type\":\"session.avatar.connect\",\"client_sdp\":\"v=0 sdp\"}");
            yield return Case("response.create bare", c => c.Response.CreateAsync(),
                "{\"type\":\"response.create\"}");
            yield return Case("response.create full", c => c.Response.CreateAsync(new ResponseCreateParams { Instructions = "Say hi", Modalities = { Modality.Text } }, additionalInstructions: "Be warm", eventId: "e2"),
                "{\"type\":\"response.create\",\"event_id\":\"e2\",\"response\":{\"instructions\":\"Say hi\",\"modalities\":[\"text\"]},\"additional_instructions\":\"Be warm\"}");
            yield return Case("response.cancel", c => c.Response.CancelAsync(),
                "{\"type\":\"response.cancel\"}");
            yield return Case("response.cancel with id", c => c.Response.CancelAsync("resp_1"),
                "{\"type\":\"response.cancel\",\"response_id\":\"resp_1\"}");
            yield return Case("input_audio_buffer.append bytes", c => c.InputAudioBuffer.AppendAsync(new byte[] { 1, 2, 3, 250 }).AsTask(),
                "{\"type\":\"input_audio_buffer.append\",\"audio\":\"AQID+g==\"}");
            yield return Case("input_audio_buffer.append base64", c => c.InputAudioBuffer.AppendAsync("AQID+g==").AsTask(),
                "{\"type\":\"input_audio_buffer.append\",\"audio\":\"AQID+g==\"}");
            yield return Case("input_audio_buffer.commit", c => c.InputAudioBuffer.CommitAsync(),
                "{\"type\":\"input_audio_buffer.commit\"}");
            yield return Case("input_audio_buffer.clear", c => c.InputAudioBuffer.ClearAsync("e3"),
                "{\"type\":\"input_audio_buffer.clear\",\"event_id\":\"e3\"}");
            yield return Case("output_audio_buffer.clear", c => c.OutputAudioBuffer.ClearAsync(),
                "{\"type\":\"output_audio_buffer.clear\"}");
            yield return Case("conversation.item.create", c => c.Conversation.Item.CreateAsync(new UserMessageItem("Hello"), previousItemId: "root"),
                "{\"type\":\"conversation.item.create\",\"previous_item_id\":\"root\",\"item\":{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hello\"}]}}");
            yield return Case("conversation.item.create function output", c => c.Conversation.Item.CreateAsync(new FunctionCallOutputItem("call_1", "{\"temp\":21}")),
                "{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"{\\\"temp\\\":21}\"}}");
            yield return Case("conversation.item.delete", c => c.Conversation.Item.DeleteAsync("item_1"),
                "{\"type\":\"conversation.item.delete\",\"item_id\":\"item_1\"}");
            yield return Case("conversation.item.retrieve", c => c.Conversation.Item.RetrieveAsync("item_1"),
                "{\"type\":\"conversation.item.retrieve\",\"item_id\":\"item_1\"}");
            yield return Case("conversation.item.truncate", c => c.Conversation.Item.TruncateAsync("item_1", 0, 1500),
                "{\"type\":\"conversation.item.truncate\",\"item_id\":\"item_1\",\"content_index\":0,\"audio_end_ms\":1500}");
            yield return Case("transcription_session.update", c => c.TranscriptionSession.UpdateAsync(BinaryData.FromString("{\"input_audio_format\":\"pcm16\"}")),
                "{\"type\":\"transcription_session.update\",\"session\":{\"input_audio_format\":\"pcm16\"}}");
            yield return Case("input_audio.turn.start", c => c.InputAudio.Turn.StartAsync("t1"),
                "{\"type\":\"input_audio.turn.start\",\"turn_id\":\"t1\"}");
            yield return Case("input_audio.turn.append", c => c.InputAudio.Turn.AppendAsync("t1", new byte[] { 0, 0 }).AsTask(),
                "{\"type\":\"input_audio.turn.append\",\"turn_id\":\"t1\",\"audio\":\"AAA=\"}");
            yield return Case("input_audio.turn.end", c => c.InputAudio.Turn.EndAsync("t1"),
                "{\"type\":\"input_audio.turn.end\",\"turn_id\":\"t1\"}");
            yield return Case("input_audio.turn.cancel", c => c.InputAudio.Turn.CancelAsync("t1"),
                "{\"type\":\"input_audio.turn.cancel\",\"turn_id\":\"t1\"}");
            yield return Case("input_audio.clear", c => c.InputAudio.ClearAsync(),
                "{\"type\":\"input_audio.clear\"}");
            yield return Case("input_text.delta", c => c.InputText.DeltaAsync("item_9", "Hel"),
                "{\"type\":\"input_text.delta\",\"id\":\"item_9\",\"delta\":\"Hel\"}");
            yield return Case("input_text.delta with index", c => c.InputText.DeltaAsync("item_9", "lo", contentIndex: 1),
                "{\"type\":\"input_text.delta\",\"id\":\"item_9\",\"delta\":\"lo\",\"content_index\":1}");
            yield return Case("input_text.done", c => c.InputText.DoneAsync("item_9"),
                "{\"type\":\"input_text.done\",\"id\":\"item_9\"}");
            yield return Case("rtc.call.sdp.create", c => c.RtcCall.CreateSdpAsync("v=0 offer"),
                "{\"type\":\"rtc.call.sdp.create\",\"sdp_offer\":\"v=0 offer\"}");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task ResourceMethodWritesTheExpectedJson(string name, Func<VoiceLiveConnection, Task> send, string expectedJson)
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            await send(connection).OrTimeout(name);

            Assert.True(socket.SentMessages.TryDequeue(out string? sent), name + ": nothing was sent");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(sent!)), $"{name}: expected {expectedJson} but sent {sent}");
            Assert.Empty(socket.SentMessages);
        }

        [Fact]
        public async Task InvalidBase64IsRefusedBeforeAnythingIsSent()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            await Assert.ThrowsAsync<FormatException>(() => connection.InputAudioBuffer.AppendAsync("not base64!").AsTask());
            Assert.Empty(socket.SentMessages);
        }

        [Fact]
        public async Task RequiredArgumentsAreChecked()
        {
            var (connection, _) = await ConnectAsync();
            await using var _c = connection;
            await Assert.ThrowsAsync<ArgumentNullException>(() => connection.Session.UpdateAsync((RequestSession)null!));
            await Assert.ThrowsAsync<ArgumentException>(() => connection.Conversation.Item.DeleteAsync(""));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => connection.Conversation.Item.TruncateAsync("i", 0, -1));
            await Assert.ThrowsAsync<ArgumentNullException>(() => connection.SendAsync(null!).AsTask());
        }

        private static object[] Case(string name, Func<VoiceLiveConnection, Task> send, string json) => new object[] { name, send, json };
    }
}
