using System;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// A server bridging many calls keeps hundreds of sessions that mostly wait: a waiting session must not sit on its
    /// receive or send buffer, while a burst (data already queued) keeps its buffer and pays nothing extra.
    /// </summary>
    public class IdleMemoryTests : ConnectionTestBase
    {
        private const string AudioDelta = "{\"type\":\"response.audio.delta\",\"event_id\":\"e2\",\"response_id\":\"r1\",\"item_id\":\"i1\",\"output_index\":0,\"content_index\":0,\"delta\":\"AAECAwQ=\"}";

        [Fact]
        public async Task ASessionPacedByTheServiceWaitsWithoutAReceiveBuffer()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            await ReceiveADeltaThatHadToWaitAsync(connection, socket);

            // ... so the next wait holds no buffer, and the event still arrives whole.
            ValueTask<ServerEvent?> second = connection.ReceiveAsync(TestTimeouts.Token());
            Assert.False(second.IsCompleted);
            Assert.Equal(0, connection.ReceiveBufferCapacity);
            socket.EnqueueText(AudioDelta);
            var delta = Assert.IsType<ServerEventResponseAudioDelta>(await second.OrTimeout("the second delta"));
            Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, delta.Delta.ToArray());
        }

        [Fact]
        public async Task ABurstOfQueuedEventsKeepsItsBuffer()
        {
            var (connection, socket) = await ConnectAsync(s =>
            {
                for (int i = 0; i < 3; i++)
                {
                    s.EnqueueText(AudioDelta);
                }
            });
            await using var _c = connection;

            for (int i = 0; i < 4; i++)
            {
                Assert.NotNull(await connection.ReceiveAsync(TestTimeouts.Token()).OrTimeout("a queued event"));
                Assert.True(connection.ReceiveBufferCapacity > 0, "a read that did not wait keeps its buffer for the next");
            }
        }

        [Fact]
        public async Task AnEmptyMessageAfterAWaitArrivesAsAMalformedEvent()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            await ReceiveADeltaThatHadToWaitAsync(connection, socket);

            // The zero-byte wait consumes a whole empty message: it must still reach the app, not vanish.
            ValueTask<ServerEvent?> next = connection.ReceiveAsync(TestTimeouts.Token());
            socket.EnqueueBytes(Array.Empty<byte>());
            socket.EnqueueText(AudioDelta);

            Assert.IsType<MalformedServerEvent>(await next.OrTimeout("the empty message"));
            Assert.IsType<ServerEventResponseAudioDelta>(await connection.ReceiveAsync(TestTimeouts.Token()).OrTimeout("the delta after it"));
        }

        [Fact]
        public async Task NoSendBufferIsHeldBetweenAppends()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;

            for (int i = 0; i < 3; i++)
            {
                await connection.InputAudioBuffer.AppendAsync(new byte[4800]).OrTimeout("append");
                Assert.Equal(0, connection.SpareSendBufferCapacity);
            }

            Assert.Equal(3, socket.SentMessages.Count);
        }

        /// <summary>
        /// Reads session.created, then an audio delta that arrives only after the read started: an event that had to be
        /// waited for marks the session as paced by the service ...
        /// </summary>
        private static async Task ReceiveADeltaThatHadToWaitAsync(VoiceLiveConnection connection, ScriptedWebSocket socket)
        {
            Assert.Equal("session.created", (await connection.ReceiveAsync())!.Type);
            ValueTask<ServerEvent?> first = connection.ReceiveAsync(TestTimeouts.Token());
            Assert.False(first.IsCompleted);
            socket.EnqueueText(AudioDelta);
            Assert.IsType<ServerEventResponseAudioDelta>(await first.OrTimeout("the first delta"));
        }
    }
}
