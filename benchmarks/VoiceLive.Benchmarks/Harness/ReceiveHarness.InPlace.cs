using System;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    public static partial class ReceiveHarness
    {
        /// <summary>
        /// (F) the cheapest receiver conceivable on this machine, as a bound: a raw TCP socket, the upgrade written by
        /// hand, every frame parsed in place in one large buffer (no WebSocket object, no HTTP connection, no copy),
        /// then the probe's byte search and decode. It is not a client: it checks no handshake, handles no control
        /// frame but the final close, and assumes unfragmented text frames (which the firehose sends).
        /// </summary>
        private static async Task<Measurement> RunInPlaceProbeAsync(Uri endpoint, int count)
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(endpoint.Host, endpoint.Port).ConfigureAwait(false);
            string upgrade = $"GET {RawSocket.PathAndQuery(Query(count))} HTTP/1.1\r\n"
                + $"Host: {endpoint.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\napi-key: benchmark\r\n\r\n";
            await socket.SendAsync(Encoding.ASCII.GetBytes(upgrade), SocketFlags.None).ConfigureAwait(false);

            var reader = new InPlaceFrames(socket, 256 * 1024);
            await reader.SkipHttpHeadAsync().ConfigureAwait(false);
            await reader.NextAsync().ConfigureAwait(false); // session.created
            var audio = new byte[64 * 1024];

            var meter = new Meter();
            await socket.SendAsync(MaskedTextFrame("{\"type\":\"response.create\"}"), SocketFlags.None).ConfigureAwait(false);
            int events = 0;
            long audioBytes = 0;
            long sink = 0;
            while (true)
            {
                await reader.NextAsync().ConfigureAwait(false);
                events++;
                if (ProbeInspect(reader.Payload, audio, ref audioBytes, ref sink) == 2)
                {
                    break;
                }
            }

            Measurement m = meter.Stop(events);
            Check(audioBytes, count, "in-place probe");
            await socket.SendAsync(new byte[] { 0x88, 0x82, 0, 0, 0, 0, 0x03, 0xE8 }, SocketFlags.None).ConfigureAwait(false); // close 1000
            GC.KeepAlive(sink);
            return m;
        }

        /// <summary>A client text frame, masked with a zero key (valid, and leaves the payload as it is).</summary>
        private static byte[] MaskedTextFrame(string text)
        {
            byte[] payload = Encoding.UTF8.GetBytes(text);
            var frame = new byte[6 + payload.Length];
            frame[0] = 0x81;
            frame[1] = (byte)(0x80 | payload.Length);
            payload.CopyTo(frame, 6);
            return frame;
        }

        /// <summary>Cuts server frames out of one receive buffer without copying them anywhere else.</summary>
        private sealed class InPlaceFrames
        {
            private readonly Socket _socket;
            private byte[] _buffer;
            private int _start;
            private int _end;
            private int _payloadStart;
            private int _payloadLength;

            public InPlaceFrames(Socket socket, int size)
            {
                _socket = socket;
                _buffer = new byte[size];
            }

            public ReadOnlySpan<byte> Payload => _buffer.AsSpan(_payloadStart, _payloadLength);

            public async Task SkipHttpHeadAsync()
            {
                while (true)
                {
                    int head = _buffer.AsSpan(0, _end).IndexOf("\r\n\r\n"u8);
                    if (head >= 0)
                    {
                        _start = head + 4;
                        return;
                    }

                    await FillAsync().ConfigureAwait(false);
                }
            }

            /// <summary>Makes the next frame's payload available as <see cref="Payload"/>.</summary>
            public async ValueTask NextAsync()
            {
                while (true)
                {
                    if (TryFrame())
                    {
                        return;
                    }

                    await FillAsync().ConfigureAwait(false);
                }
            }

            private bool TryFrame()
            {
                int available = _end - _start;
                if (available < 2)
                {
                    return false;
                }

                int lengthCode = _buffer[_start + 1] & 0x7F;
                int header = lengthCode == 126 ? 4 : lengthCode == 127 ? 10 : 2;
                if (available < header)
                {
                    return false;
                }

                long length = lengthCode switch
                {
                    126 => (_buffer[_start + 2] << 8) | _buffer[_start + 3],
                    127 => (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(_buffer.AsSpan(_start + 2)),
                    _ => lengthCode,
                };
                if (available < header + length)
                {
                    return false;
                }

                if ((_buffer[_start] & 0x0F) == 0x8)
                {
                    throw new InvalidOperationException("The emulator closed the in-place probe's connection.");
                }

                _payloadStart = _start + header;
                _payloadLength = (int)length;
                _start += header + (int)length;
                return true;
            }

            private async ValueTask FillAsync()
            {
                if (_start > 0)
                {
                    // Move the partial frame to the front; grow only for a frame larger than the buffer.
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }

                if (_end == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                int read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new InvalidOperationException("The emulator ended the in-place probe's connection.");
                }

                _end += read;
            }
        }
    }
}
