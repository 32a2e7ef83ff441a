using System;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>Half a PCM16 sample shifts every later sample into noise: an odd-length append is refused.</summary>
    public class OddByteAppendTests : ConnectionTestBase
    {
        [Fact]
        public async Task An_odd_number_of_bytes_is_refused_for_pcm16_and_nothing_is_sent()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            var ex = await Assert.ThrowsAsync<ArgumentException>(() => connection.InputAudioBuffer.AppendAsync(new byte[3]).AsTask());

            Assert.Equal("audio", ex.ParamName);
            Assert.Empty(socket.SentMessages);
            await connection.InputAudioBuffer.AppendAsync(new byte[4]).OrTimeout("even append");
            Assert.Single(socket.SentMessages);
        }

        [Fact]
        public async Task An_odd_number_of_bytes_is_accepted_for_g711()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            await connection.Session.UpdateAsync(new RequestSession { InputAudioFormat = InputAudioFormat.G711Ulaw }).OrTimeout("update");
            await connection.InputAudioBuffer.AppendAsync(new byte[3]).OrTimeout("odd g711 append");

            Assert.Equal(2, socket.SentMessages.Count);
        }

        [Fact]
        public async Task A_format_set_through_json_applies_too()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            await connection.Session.UpdateAsync(BinaryData.FromString("""{"instructions":"x","input_audio_format":"g711_ulaw"}""")).OrTimeout("update");
            await connection.InputAudioBuffer.AppendAsync(new byte[3]).OrTimeout("odd g711 append");

            Assert.Equal(2, socket.SentMessages.Count);
        }

        [Fact]
        public async Task The_format_the_service_reports_applies()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            socket.EnqueueText("""{"type":"session.updated","session":{"input_audio_format":"g711_alaw"}}""");
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync().AsTask().OrTimeout("session.created"));
            Assert.IsType<ServerEventSessionUpdated>(await connection.ReceiveAsync().AsTask().OrTimeout("session.updated"));

            await connection.InputAudioBuffer.AppendAsync(new byte[5]).OrTimeout("odd g711 append");

            Assert.Single(socket.SentMessages);
        }
    }
}
