#if !NET7_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Transport
{
    /// <summary>
    /// The netstandard2.0 transport: a <see cref="ClientWebSocket"/>, mapping a refused upgrade to a typed exception with
    /// its HTTP status. Newer builds send the upgrade themselves (HttpUpgradeConnector); this one has no
    /// public way to reach the upgraded connection.
    /// </summary>
    internal sealed class ClientWebSocketConnector : IWebSocketConnector
    {
        public static readonly ClientWebSocketConnector Instance = new ClientWebSocketConnector();

        // netstandard2.0 has no HttpStatusCode on the socket; the runtime's message carries it:
        // "The server returned status code '401' when status code '101' was expected."
        private static readonly Regex s_statusInMessage = new Regex(@"status code '(\d{3})'", RegexOptions.CultureInvariant);

        private static readonly System.Reflection.PropertyInfo? s_keepAliveTimeoutProperty = typeof(ClientWebSocketOptions).GetProperty("KeepAliveTimeout", typeof(TimeSpan));

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
                await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                return socket;
            }
            catch (WebSocketException ex)
            {
                Match match = s_statusInMessage.Match(ex.Message);
                int status = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                socket.Dispose();
                throw new VoiceLiveConnectionException(ConnectFailure.Describe(uri, status, ex.Message), status, settings.ClientRequestId, ex) { IsNetworkFailure = status == 0 };
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Dead-peer detection: ClientWebSocketOptions.KeepAliveTimeout exists from .NET 9, so this build looks it up at
        /// run time and gets detection whenever the app runs on .NET 9+ (.NET Framework and .NET 8 have none).
        /// </summary>
        private static void ApplyKeepAliveTimeout(ClientWebSocketOptions options, TimeSpan timeout)
        {
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                s_keepAliveTimeoutProperty?.SetValue(options, timeout);
            }
        }
    }
}
#endif
