using System;
using System.Linq;
using VoiceLive.Protocol.Json;
using VoiceLive.Protocol.Json.FastPath;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests.FastPath
{
    /// <summary>The direct append writer must write exactly the bytes the event serializer writes.</summary>
    public class AppendFrameWriterTests
    {
        [Theory]
        [InlineData(0, null)]
        [InlineData(1, null)]
        [InlineData(4800, null)]
        [InlineData(4800, "evt_1")]
        [InlineData(3, "needs \"escaping\" \\ / <tag> & é 😀")]
        [InlineData(100_000, "")]
        public void Writes_the_same_bytes_as_the_event_serializer(int length, string? eventId)
        {
            byte[] audio = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 256)).ToArray();
            using var expected = new PooledBufferWriter();
            ClientEventSerializer.Write((ClientEvent)new ClientEventInputAudioBufferAppend { Audio = audio, EventId = eventId }, (System.Buffers.IBufferWriter<byte>)expected);

            using var actual = new PooledBufferWriter(16);
            AppendFrameWriter.Write(audio, eventId, actual);

            Assert.Equal(expected.WrittenSpan.ToArray(), actual.WrittenSpan.ToArray());
        }

        [Fact]
        public void The_cached_writer_starts_each_frame_afresh()
        {
            using var buffer = new PooledBufferWriter();
            AppendFrameWriter.Write(new byte[] { 1, 2, 3 }, "a", buffer);
            buffer.Clear();
            AppendFrameWriter.Write(new byte[] { 4 }, null, buffer);

            Assert.Equal("{\"type\":\"input_audio_buffer.append\",\"audio\":\"BA==\"}", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }
}
