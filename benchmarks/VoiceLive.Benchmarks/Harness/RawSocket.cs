using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;

namespace VoiceLive.Benchmarks
{
    /// <summary>The floors' plain <see cref="ClientWebSocket"/>: connect to the emulator and reassemble whole messages.</summary>
    public static class RawSocket
    {
        /// <summary>The emulator's realtime path with the harness's model and the given fault query.</summary>
        public static string PathAndQuery(string query) => $"/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime&{query}";

        public static async Task<ClientWebSocket> ConnectAsync(Uri endpoint, string query)
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("api-key", "benchmark");
            var uri = new Uri($"ws://{endpoint.Authority}{PathAndQuery(query)}");
            await socket.ConnectAsync(uri, CancellationToken.None).ConfigureAwait(false);
            return socket;
        }

        /// <summary>
        /// The library's own transport (its HTTP upgrade and read buffering, no connection or parser on top), for the
        /// stage breakdown of the receive harness.
        /// </summary>
        public static Task<WebSocket> ConnectLibraryTransportAsync(Uri endpoint, string query)
        {
            var uri = new Uri($"ws://{endpoint.Authority}{PathAndQuery(query)}");
            var headers = new[] { new System.Collections.Generic.KeyValuePair<string, string>("api-key", "benchmark") };
            var settings = new WebSocketSettings(TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan, "benchmark");
            return HttpUpgradeConnector.Instance.ConnectAsync(uri, headers, settings, CancellationToken.None);
        }

        /// <summary>Reads one whole message into <paramref name="buffer"/> (grown when needed); returns its length, -1 at close.</summary>
        public static async ValueTask<int> ReadMessageAsync(WebSocket socket, byte[][] buffer)
        {
            int length = 0;
            while (true)
            {
                if (length == buffer[0].Length)
                {
                    Array.Resize(ref buffer[0], buffer[0].Length * 2);
                }

                ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer[0].AsMemory(length), CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return -1;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    return length;
                }
            }
        }

        public static async Task CloseAsync(WebSocket socket)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }

            socket.Dispose();
        }
    }
}
