using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Xunit;
using Xunit.Abstractions;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>
    /// A slow consumer: the app stops reading while the service streams as fast as it can. The client reads a message only
    /// when the app asks for one, so it buffers at most one message; TCP flow control then stops the sender.
    /// <para>
    /// The service here is a raw socket the test drives itself, writing without blocking: the moment a write would block
    /// is the moment the client stopped taking data, so the test needs no clock to know the stall has taken hold.
    /// </para>
    /// </summary>
    public class SlowConsumerTests
    {
        private const int Pairs = 20_000;        // 20,000 × (4,800-byte audio delta + transcript delta): about 130 MB of JSON
        private const int ChunkBytes = 4800;

        private readonly ITestOutputHelper _output;

        public SlowConsumerTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Memory_stays_bounded_while_the_app_does_not_read_and_nothing_is_lost_when_it_resumes()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Task<Socket> accepted = AcceptAndUpgradeAsync(listener);
            var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
            // No keep-alive timeout: this service never answers a ping.
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(
                endpoint, new AzureKeyCredential("test-key"), Reliability.Model, Reliability.Options(configure: o => o.KeepAliveTimeout = System.Threading.Timeout.InfiniteTimeSpan));
            using Socket service = await accepted.OrTimeout("the upgrade");
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync().AsTask().OrTimeout("session.created"));
            long heapBefore = Reliability.LiveHeapBytes();
            long workingSetBefore = Environment.WorkingSet;

            // The app does not read. The service writes until the kernel refuses more: then the client's receive buffer and
            // the service's send buffer are full, and everything else the service wrote is inside the client process.
            var frames = new FrameSource();
            service.Blocking = false;
            long written = 0;
            while (!frames.Done)
            {
                int sent = service.Send(frames.Pending, SocketFlags.None, out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    break;
                }

                Assert.Equal(SocketError.Success, error);
                frames.Advance(sent);
                written += sent;
            }

            Assert.False(frames.Done, "the service wrote all 130 MB without backpressure: the client buffered everything");
            long heapStalled = Reliability.LiveHeapBytes();
            long workingSetStalled = Environment.WorkingSet;

            // What the kernel can hold on the way (its largest receive and send buffers); the client process holds the rest.
            long kernel = Reliability.KernelBufferMax("tcp_rmem") + Reliability.KernelBufferMax("tcp_wmem");
            _output.WriteLine(
                $"written before backpressure {written / 1024} KiB (kernel buffers at most {kernel / 1024} KiB); live heap {heapBefore / 1024} -> {heapStalled / 1024} KiB; working set {workingSetBefore / (1024 * 1024)} -> {workingSetStalled / (1024 * 1024)} MiB");
            Assert.True(written < kernel + (1 << 20), $"the service could write {written / 1024} KiB before backpressure: the client took more than the kernel holds");
            Assert.True(heapStalled - heapBefore < 8 * 1024 * 1024, $"the live heap grew by {(heapStalled - heapBefore) / 1024} KiB while the app was not reading");
            Assert.True(workingSetStalled - workingSetBefore < 64L * 1024 * 1024, $"the working set grew by {(workingSetStalled - workingSetBefore) / (1024 * 1024)} MiB while the app was not reading");

            // Resume: the service finishes the stream, and every event arrives, in order, none lost.
            service.Blocking = true;
            Task finish = Task.Run(() =>
            {
                while (!frames.Done)
                {
                    frames.Advance(service.Send(frames.Pending, SocketFlags.None));
                }
            });

            int audio = 0, words = 0;
            ServerEvent? evt;
            while ((evt = await connection.ReceiveAsync().AsTask().OrTimeout("firehose event")) is not ServerEventResponseDone)
            {
                switch (evt)
                {
                    case ServerEventResponseAudioDelta delta:
                        Assert.Equal(ChunkBytes, delta.Delta.Length);
                        Assert.Equal("a" + audio, delta.EventId);
                        audio++;
                        break;
                    case ServerEventResponseAudioTranscriptDelta transcript:
                        Assert.Equal("t" + words, transcript.EventId);
                        words++;
                        Assert.Equal(audio, words); // each transcript delta follows its audio delta
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException("Unexpected event " + evt?.Type);
                }
            }

            Assert.Null(await connection.ReceiveAsync().AsTask().OrTimeout("the service's close")); // a normal close ends the stream
            await finish.OrTimeout("the service's last writes");
            Assert.Equal(Pairs, audio);
            Assert.Equal(Pairs, words);
        }

        /// <summary>Accepts the client, answers its upgrade and sends session.created.</summary>
        private static async Task<Socket> AcceptAndUpgradeAsync(TcpListener listener)
        {
            Socket socket = await listener.AcceptSocketAsync();
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await socket.ReceiveAsync(one.AsMemory(), SocketFlags.None) == 0)
                {
                    throw new InvalidOperationException("The client closed during its upgrade request.");
                }

                head.Append((char)one[0]);
            }

            string key = System.Text.RegularExpressions.Regex.Match(head.ToString(), "^Sec-WebSocket-Key: (.+)\r$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase).Groups[1].Value;
            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            await socket.SendAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"), SocketFlags.None);
            await socket.SendAsync(FrameSource.Frame("{\"type\":\"session.created\",\"event_id\":\"s\",\"session\":{\"id\":\"sess_1\"}}"), SocketFlags.None);
            return socket;
        }

        /// <summary>
        /// The stream the service writes, built one frame at a time (only the frame being written is alive, so the service
        /// adds almost nothing to this process's live heap): audio delta a0, transcript delta t0, a1, t1, …, response.done,
        /// then a close frame (1000).
        /// </summary>
        private sealed class FrameSource
        {
            private static readonly string Audio = Convert.ToBase64String(new byte[ChunkBytes]);
            private int _next;
            private byte[] _frame = Array.Empty<byte>();
            private int _offset;

            public FrameSource() => Load();

            public bool Done { get; private set; }

            /// <summary>The unwritten rest of the current frame.</summary>
            public ReadOnlySpan<byte> Pending => _frame.AsSpan(_offset);

            public void Advance(int count)
            {
                _offset += count;
                if (_offset == _frame.Length)
                {
                    _next++;
                    Load();
                }
            }

            /// <summary>An unmasked server text frame.</summary>
            public static byte[] Frame(string json)
            {
                byte[] payload = Encoding.UTF8.GetBytes(json);
                int header = payload.Length < 126 ? 2 : 4;
                var frame = new byte[header + payload.Length];
                frame[0] = 0x81;
                if (header == 2)
                {
                    frame[1] = (byte)payload.Length;
                }
                else
                {
                    frame[1] = 126;
                    frame[2] = (byte)(payload.Length >> 8);
                    frame[3] = (byte)payload.Length;
                }

                payload.CopyTo(frame, header);
                return frame;
            }

            private void Load()
            {
                _offset = 0;
                int pair = _next / 2;
                if (pair < Pairs)
                {
                    _frame = _next % 2 == 0
                        ? Frame($"{{\"type\":\"response.audio.delta\",\"event_id\":\"a{pair}\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"{Audio}\"}}")
                        : Frame($"{{\"type\":\"response.audio_transcript.delta\",\"event_id\":\"t{pair}\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"word \"}}");
                }
                else if (_next == 2 * Pairs)
                {
                    _frame = Frame("{\"type\":\"response.done\",\"event_id\":\"d\",\"response\":{\"id\":\"r\",\"status\":\"completed\"}}");
                }
                else if (_next == 2 * Pairs + 1)
                {
                    _frame = new byte[] { 0x88, 0x02, 0x03, 0xE8 }; // close, 1000
                }
                else
                {
                    Done = true;
                }
            }
        }
    }
}
