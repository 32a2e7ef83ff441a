#if NET7_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    /// <summary>
    /// Opens the WebSocket by sending the HTTP/1.1 upgrade itself and building the runtime's own WebSocket
    /// (<see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>, the implementation behind
    /// <see cref="ClientWebSocket"/>) over the upgraded connection, with a <see cref="ReadBufferingStream"/> in between.
    /// <para>
    /// Why not <see cref="ClientWebSocket"/>: it reads every frame header and payload through the HTTP connection's
    /// 4 KB buffer, several small reads per audio delta, and it keeps its options (request headers, the api-key among
    /// them) and the upgrade response alive for the whole session. Here one read of up to 64 KB goes straight from the
    /// socket into the buffering stream (the HTTP connection passes reads that large through untouched), frames are
    /// cut from it by memory copies, and nothing of the handshake outlives it. Framing, masking, close and UTF-8
    /// validation stay the runtime's; dead-peer detection is the library's own (<see cref="KeepAliveMonitor"/>).
    /// </para>
    /// </summary>
    internal sealed class HttpUpgradeConnector : IWebSocketConnector
    {
        public static readonly HttpUpgradeConnector Instance = new HttpUpgradeConnector();

        // RFC 6455 §1.3: the server proves it read our key by hashing it with this GUID.
        private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

        /// <summary>
        /// The handler for one upgrade, disposed as soon as the upgrade is over (an upgraded connection has left the
        /// handler's pool, so that never touches the WebSocket). Why not one shared handler: the handler opens TCP
        /// connections apart from the request that asked for them, and when that request is cancelled before the
        /// connection is ready, it keeps the new connection idle in its pool, where no pooling setting closes it; a
        /// refused upgrade's keep-alive connection lingered there the same way. Disposing the handler closes both at
        /// once, and nothing of it stays with the session (the scale harness compares it with a shared handler:
        /// benchmarks/README.md). No redirects: a 3xx is a refused upgrade, and following it would send the
        /// api-key to another host. No cookies: nothing in the upgrade uses them.
        /// </summary>
        private static HttpMessageInvoker CreateInvoker()
            => new HttpMessageInvoker(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }, disposeHandler: true);

        public async Task<WebSocket> ConnectAsync(Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, WebSocketSettings settings, CancellationToken cancellationToken)
        {
            string key = NewKey();
            HttpResponseMessage response;
            using (HttpRequestMessage request = BuildRequest(uri, headers, key))
            using (HttpMessageInvoker invoker = CreateInvoker())
            {
                response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (response.StatusCode != HttpStatusCode.SwitchingProtocols)
                {
                    throw await RefusedAsync(uri, response, headers, settings, cancellationToken).ConfigureAwait(false);
                }

                string? problem = CheckUpgradeResponse(response, key);
                if (problem is not null)
                {
                    throw new VoiceLiveConnectionException(ConnectFailure.Describe(uri, 0, problem), 0, settings.ClientRequestId);
                }

                // For a 101 the content is the raw, now bidirectional, connection.
                Stream connection = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                return CreateWebSocket(connection, settings);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The exception for a refused upgrade, with what the service said: its error code and message from the body
        /// (bounded, credentials removed) and <c>Retry-After</c>. A body that cannot be read in time is left out.
        /// </summary>
        private static async Task<VoiceLiveConnectionException> RefusedAsync(Uri uri, HttpResponseMessage response, IReadOnlyList<KeyValuePair<string, string>> headers, WebSocketSettings settings, CancellationToken cancellationToken)
        {
            int status = (int)response.StatusCode;
            string? code = null;
            string? message = null;
            try
            {
                // A body that trickles must not hold the failure back: it gets a short budget of its own.
                using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bodyTimeout.CancelAfter(RefusedUpgrade.BodyReadTimeout);
                byte[] body = await ReadBoundedAsync(response.Content, RefusedUpgrade.MaxBodyBytes, bodyTimeout.Token).ConfigureAwait(false);
                (code, message) = RefusedUpgrade.ParseBody(body, headers);
            }
            catch (Exception ex) when (ex is IOException || ex is HttpRequestException || ex is OperationCanceledException)
            {
                // The status alone still says what happened; the body was a courtesy.
            }

            string described = ConnectFailure.Describe(uri, status, "the service did not switch protocols");
            if (code is not null || message is not null)
            {
                described += " The service said: " + (code is null ? message : message is null ? code : code + ": " + message);
            }

            return new VoiceLiveConnectionException(described, status, settings.ClientRequestId)
            {
                ErrorCode = code,
                ErrorMessage = message,
                RetryAfter = RefusedUpgrade.RetryAfter(response.Headers.RetryAfter?.Delta, response.Headers.RetryAfter?.Date, DateTimeOffset.UtcNow),
            };
        }

        private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
        {
            using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[limit];
            int total = 0;
            while (total < limit)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }

        /// <summary>
        /// Builds the runtime's WebSocket over the upgraded connection. With dead-peer detection on, the runtime's own
        /// keep-alive stays off and <see cref="KeepAliveMonitor"/> pings and judges instead: the runtime's timeout would
        /// take a lock on every send and receive. With detection off (an infinite timeout), the runtime sends its
        /// unsolicited pongs every interval, which need no lock and no answer.
        /// </summary>
        internal static WebSocket CreateWebSocket(Stream connection, WebSocketSettings settings)
        {
            bool detect = settings.KeepAliveInterval > TimeSpan.Zero && settings.KeepAliveTimeout != Timeout.InfiniteTimeSpan;
            var stream = new ReadBufferingStream(connection, pings: detect);
            var options = new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = detect ? TimeSpan.Zero : settings.KeepAliveInterval };
            WebSocket socket = WebSocket.CreateFromStream(stream, options);
            if (detect)
            {
                KeepAliveMonitor.Start(socket, stream, settings.KeepAliveInterval, settings.KeepAliveTimeout, settings.TimeProvider);
            }

            return socket;
        }

        private static HttpRequestMessage BuildRequest(Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, string key)
        {
            var builder = new UriBuilder(uri) { Scheme = uri.Scheme == "wss" ? "https" : "http" };
            var request = new HttpRequestMessage(HttpMethod.Get, builder.Uri)
            {
                // The upgrade exists only in HTTP/1.1: never negotiate HTTP/2 over TLS.
                Version = HttpVersion.Version11,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            request.Headers.Connection.Add("Upgrade");
            request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", key);
            foreach (KeyValuePair<string, string> header in headers)
            {
                request.Headers.Remove(header.Key);
                if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    request.Dispose();
                    throw new ArgumentException($"The header '{header.Key}' cannot be sent on a WebSocket upgrade request.", nameof(headers));
                }
            }

            return request;
        }

        /// <summary>What makes a 101 response unusable (RFC 6455 §4.1), or null when it is a valid upgrade.</summary>
        private static string? CheckUpgradeResponse(HttpResponseMessage response, string key)
        {
            if (!HasToken(response.Headers.Connection, "Upgrade") || !HasUpgrade(response, "websocket"))
            {
                return "the 101 response does not upgrade to websocket";
            }

            if (!response.Headers.TryGetValues("Sec-WebSocket-Accept", out IEnumerable<string>? accepts) || !string.Equals(Single(accepts), ExpectedAccept(key), StringComparison.Ordinal))
            {
                return "the 101 response's Sec-WebSocket-Accept does not match the key sent";
            }

            // We offer no extension (no compression) and no subprotocol, so the service may not pick one.
            if (response.Headers.Contains("Sec-WebSocket-Extensions") || response.Headers.Contains("Sec-WebSocket-Protocol"))
            {
                return "the 101 response selects an extension or subprotocol that was not offered";
            }

            return null;
        }

        private static bool HasToken(IEnumerable<string> values, string token)
        {
            foreach (string value in values)
            {
                if (string.Equals(value.Trim(), token, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasUpgrade(HttpResponseMessage response, string protocol)
        {
            foreach (ProductHeaderValue product in response.Headers.Upgrade)
            {
                if (string.Equals(product.Name, protocol, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? Single(IEnumerable<string> values)
        {
            string? only = null;
            foreach (string value in values)
            {
                if (only is not null)
                {
                    return null;
                }

                only = value.Trim();
            }

            return only;
        }

        private static string NewKey()
        {
            Span<byte> nonce = stackalloc byte[16];
            RandomNumberGenerator.Fill(nonce);
            return Convert.ToBase64String(nonce);
        }

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 6455 section 4.2.2 defines Sec-WebSocket-Accept as the SHA-1 of the key; it is a handshake check, not a security measure.")]
        internal static string ExpectedAccept(string key)
            => Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
    }
}
#endif
