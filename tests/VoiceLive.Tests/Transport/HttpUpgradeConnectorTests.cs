using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// The library's own WebSocket upgrade, against a raw TCP server that scripts the HTTP response byte for byte: what
    /// the request carries, which responses it accepts, and what it refuses to do (follow redirects, share cookies).
    /// </summary>
    public class HttpUpgradeConnectorTests
    {
        private static readonly WebSocketSettings Settings = new WebSocketSettings(TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan, "request-1");

        [Fact]
        public void The_accept_value_is_computed_as_in_RFC_6455()
        {
            // The worked example of RFC 6455 §1.3.
            Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", HttpUpgradeConnector.ExpectedAccept("dGhlIHNhbXBsZSBub25jZQ=="));
        }

        [Fact]
        public async Task A_valid_upgrade_sends_the_headers_and_keeps_the_bytes_that_arrived_with_the_101()
        {
            using var server = new RawHttpServer();
            Task<string> request = server.AnswerAsync(key => SwitchingProtocols(key), frameAfterHeaders: TextFrame("{\"type\":\"session.created\"}"));

            using WebSocket socket = await Connect(server.Uri("/voice-live/realtime?api-version=1&model=m"), ("api-key", "k-123"), ("x-ms-client-request-id", "request-1"));

            string sent = await request.OrTimeout("the upgrade request");
            Assert.StartsWith("GET /voice-live/realtime?api-version=1&model=m HTTP/1.1\r\n", sent, StringComparison.Ordinal);
            Assert.Matches(new Regex("^Upgrade: websocket\r$", RegexOptions.Multiline | RegexOptions.IgnoreCase), sent);
            Assert.Matches(new Regex("^Connection: Upgrade\r$", RegexOptions.Multiline | RegexOptions.IgnoreCase), sent);
            Assert.Matches(new Regex("^Sec-WebSocket-Version: 13\r$", RegexOptions.Multiline | RegexOptions.IgnoreCase), sent);
            Assert.Matches(new Regex("^api-key: k-123\r$", RegexOptions.Multiline), sent);
            Assert.Matches(new Regex("^x-ms-client-request-id: request-1\r$", RegexOptions.Multiline), sent);
            Assert.DoesNotMatch(new Regex("^Cookie:", RegexOptions.Multiline | RegexOptions.IgnoreCase), sent);

            // The frame was written together with the 101: the HTTP connection buffered it, and it must not be lost.
            var buffer = new byte[256];
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).AsTask().OrTimeout("the first frame");
            Assert.True(result.EndOfMessage);
            Assert.Equal("{\"type\":\"session.created\"}", Encoding.UTF8.GetString(buffer, 0, result.Count));
            Assert.Equal(WebSocketState.Open, socket.State);
        }

        [Fact]
        public async Task A_redirect_is_a_refused_upgrade_and_is_not_followed()
        {
            using var elsewhere = new RawHttpServer();
            using var server = new RawHttpServer();
            Task<string> request = server.AnswerAsync(_ => $"HTTP/1.1 302 Found\r\nLocation: {elsewhere.Uri("/stolen")}\r\nContent-Length: 0\r\n\r\n");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime"), ("api-key", "k-123")));

            await request.OrTimeout("the upgrade request");
            Assert.Equal(302, error.Status);
            Assert.False(elsewhere.HasPendingConnection, "the client followed the redirect and would have sent the api-key to another host");
        }

        [Fact]
        public async Task A_cookie_set_on_one_upgrade_is_not_sent_on_the_next()
        {
            using var server = new RawHttpServer();
            Task<string> first = server.AnswerAsync(_ => "HTTP/1.1 401 Unauthorized\r\nSet-Cookie: affinity=session-a; Path=/\r\nContent-Length: 0\r\n\r\n");
            var refused = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime")));
            Assert.Equal(401, refused.Status);
            await first.OrTimeout("the first request");

            Task<string> second = server.AnswerAsync(key => SwitchingProtocols(key));
            using WebSocket socket = await Connect(server.Uri("/voice-live/realtime"));
            Assert.DoesNotContain("affinity", await second.OrTimeout("the second request"), StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public async Task A_wrong_accept_value_fails_the_connect()
        {
            using var server = new RawHttpServer();
            _ = server.AnswerAsync(_ => SwitchingProtocols("not-the-key-that-was-sent"));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime")));

            Assert.Equal(0, error.Status);
            Assert.Contains("Sec-WebSocket-Accept", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Sec-WebSocket-Extensions: permessage-deflate")]
        [InlineData("Sec-WebSocket-Protocol: chat")]
        public async Task An_extension_or_subprotocol_that_was_not_offered_fails_the_connect(string header)
        {
            using var server = new RawHttpServer();
            _ = server.AnswerAsync(key => SwitchingProtocols(key, header));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime")));

            Assert.Equal(0, error.Status);
            Assert.Contains("not offered", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_101_that_does_not_name_websocket_fails_the_connect()
        {
            using var server = new RawHttpServer();
            _ = server.AnswerAsync(key => SwitchingProtocols(key).Replace("Upgrade: websocket", "Upgrade: h2c", StringComparison.Ordinal));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime")));

            Assert.Contains("does not upgrade to websocket", error.Message, StringComparison.Ordinal);
        }

        private static Task<WebSocket> Connect(Uri uri, params (string Name, string Value)[] headers)
        {
            var list = new List<KeyValuePair<string, string>>();
            foreach ((string name, string value) in headers)
            {
                list.Add(new KeyValuePair<string, string>(name, value));
            }

            return HttpUpgradeConnector.Instance.ConnectAsync(uri, list, Settings, TestTimeouts.Token()).OrTimeout("connect");
        }

        internal static string SwitchingProtocols(string acceptFor, string? extraHeader = null)
            => "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + $"Sec-WebSocket-Accept: {HttpUpgradeConnector.ExpectedAccept(acceptFor)}\r\n"
                + (extraHeader is null ? string.Empty : extraHeader + "\r\n")
                + "\r\n";

        /// <summary>An unmasked (server to client) text frame with a payload under 126 bytes.</summary>
        internal static byte[] TextFrame(string text)
        {
            byte[] payload = Encoding.UTF8.GetBytes(text);
            var frame = new byte[2 + payload.Length];
            frame[0] = 0x81;
            frame[1] = (byte)payload.Length;
            payload.CopyTo(frame, 2);
            return frame;
        }
    }
}
