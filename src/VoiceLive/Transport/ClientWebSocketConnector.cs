using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive
{
    /// <summary>Opens a <see cref="ClientWebSocket"/>, mapping a refused upgrade to a typed exception with its HTTP status.</summary>
    internal sealed class ClientWebSocketConnector : IWebSocketConnector
    {
        public static readonly ClientWebSocketConnector Instance = new ClientWebSocketConnector();

        // netstandard2.0 has no HttpStatusCode on the socket; the runtime's message carries it:
        // "The server returned status code '401' when status code '101' was expected."
        private static readonly Regex s_statusInMessage = new Regex(@"status code '(\d{3})'", RegexOptions.CultureInvariant);

        public async Task<WebSocket> ConnectAsync(Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, WebSocketSettings settings, CancellationToken cancellationToken)
        {
            var socket = new ClientWebSocket();
            try
            {
                foreach (KeyValuePair<string, string> header in headers)
                {
                    socket.Options.SetRequestHeader(header.Key, header.Value);
                }

                socket.Options.KeepAliveInterval = settings.KeepAliveInterval;
                ApplyKeepAliveTimeout(socket.Options, settings.KeepAliveTimeout);
#if NET7_0_OR_GREATER
                socket.Options.CollectHttpResponseDetails = true;

                // One handler for every connection of the process: a handler per connection stayed reachable from its
                // upgraded connection for the session's whole life and cost about 70 KB per session (measured at 1,000
                // sessions). Our invoker, not ClientWebSocket's internal one: that one left the TCP connection of a
                // cancelled upgrade open until a garbage collection finalized it (found by LifetimeTests).
                using (var invoker = new System.Net.Http.HttpMessageInvoker(s_handler, disposeHandler: false))
                {
                    await socket.ConnectAsync(uri, invoker, cancellationToken).ConfigureAwait(false);
                }
#else
                await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
#endif
                return socket;
            }
            catch (WebSocketException ex)
            {
                int status = GetStatus(socket, ex);
                socket.Dispose();
                throw new VoiceLiveConnectionException(DescribeFailure(uri, status, ex), status, settings.ClientRequestId, ex);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

#if NET7_0_OR_GREATER
        /// <summary>
        /// The one handler every upgrade goes through. It connects the TCP socket itself (as the default handler does:
        /// dual-mode, no Nagle delay) only to put a <see cref="ReadBufferingStream"/> under the connection, which cuts the
        /// socket reads per received event from about two to a fraction of one. Proxies and TLS still work: the handler
        /// calls this for the proxy's endpoint and layers TLS over the returned stream. Nothing is worth pooling: an
        /// upgraded connection leaves the pool for good, and the connection of a refused upgrade (401, 429, …) must close
        /// at once instead of idling in the pool for a minute. A zero lifetime expires every connection when it returns to
        /// the pool; a zero idle timeout did not.
        /// </summary>
        private static readonly System.Net.Http.SocketsHttpHandler s_handler = new System.Net.Http.SocketsHttpHandler
        {
            ConnectCallback = ConnectBufferedAsync,
            PooledConnectionLifetime = TimeSpan.Zero,
        };

        private static async ValueTask<System.IO.Stream> ConnectBufferedAsync(System.Net.Http.SocketsHttpConnectionContext context, CancellationToken cancellationToken)
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                return new ReadBufferingStream(new System.Net.Sockets.NetworkStream(socket, ownsSocket: true));
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
#endif

        /// <summary>
        /// Dead-peer detection (.NET 9+): with a timeout the socket sends real pings and aborts when no pong arrives in time.
        /// The older builds look the property up at run time, so they get detection whenever the app runs on .NET 9+.
        /// </summary>
        internal static bool ApplyKeepAliveTimeout(ClientWebSocketOptions options, TimeSpan timeout)
        {
            if (timeout == Timeout.InfiniteTimeSpan)
            {
                return false;
            }
#if NET9_0_OR_GREATER
            options.KeepAliveTimeout = timeout;
            return true;
#else
            if (s_keepAliveTimeoutProperty is null)
            {
                return false;
            }

            s_keepAliveTimeoutProperty.SetValue(options, timeout);
            return true;
#endif
        }

#if !NET9_0_OR_GREATER
        private static readonly System.Reflection.PropertyInfo? s_keepAliveTimeoutProperty = typeof(ClientWebSocketOptions).GetProperty("KeepAliveTimeout", typeof(TimeSpan));
#endif

        private static int GetStatus(ClientWebSocket socket, WebSocketException ex)
        {
#if NET7_0_OR_GREATER
            if ((int)socket.HttpStatusCode != 0)
            {
                return (int)socket.HttpStatusCode;
            }
#endif
            Match match = s_statusInMessage.Match(ex.Message);
            return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        private static string DescribeFailure(Uri uri, int status, WebSocketException ex)
        {
            // The URI never carries a secret (VoiceLiveUriBuilder refuses credentials in the query).
            string where = uri.GetLeftPart(UriPartial.Path);
            return status switch
            {
                0 => $"Could not open the WebSocket to {where}: {ex.Message}",
                401 => $"The service refused the connection to {where} with 401 Unauthorized: check the API key or the token's scope and audience.",
                403 => $"The service refused the connection to {where} with 403 Forbidden: the identity lacks a role on the resource (for example Cognitive Services User).",
                404 => $"The service refused the connection to {where} with 404 Not Found: check the endpoint, the api-version and the model or agent name.",
                429 => $"The service refused the connection to {where} with 429 Too Many Requests: retry later.",
                _ => $"The service refused the connection to {where} with HTTP status {status}.",
            };
        }
    }
}
