using System;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.BrowserTests
{
    /// <summary>A scripted page: the relay protocol over a plain ClientWebSocket, no browser.</summary>
    public sealed class PageClient : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket;
        private readonly byte[] _buffer = new byte[256 * 1024];

        private PageClient(ClientWebSocket socket) => _socket = socket;

        public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

        public long AudioBytesReceived { get; private set; }

        public static async Task<PageClient> ConnectAsync(RelayHost host, string? origin = null)
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Origin", origin ?? host.Origin);
            socket.Options.CollectHttpResponseDetails = true;
            await socket.ConnectAsync(host.RelayUri, CancellationToken.None).OrTimeout("the relay upgrade");
            return new PageClient(socket);
        }

        /// <summary>The HTTP status of a refused upgrade.</summary>
        public static async Task<int> RefusedStatusAsync(RelayHost host, string? origin)
        {
            using var socket = new ClientWebSocket();
            if (origin is not null)
            {
                socket.Options.SetRequestHeader("Origin", origin);
            }

            socket.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(host.RelayUri, CancellationToken.None)).OrTimeout("the refused upgrade");
            return (int)socket.HttpStatusCode;
        }

        public Task SendJsonAsync(string json) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None).OrTimeout("a JSON send");

        public Task SendAudioAsync(ReadOnlyMemory<byte> pcm) =>
            _socket.SendAsync(pcm, WebSocketMessageType.Binary, true, CancellationToken.None).AsTask().OrTimeout("an audio send");

        /// <summary>The next JSON message (binary audio on the way is counted and skipped); null once the relay closed.</summary>
        public async Task<JsonObject?> NextEventAsync(TimeSpan? timeout = null)
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(_buffer, CancellationToken.None).OrTimeout("a relay message", timeout);
                    message.Write(_buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                switch (result.MessageType)
                {
                    case WebSocketMessageType.Close:
                        return null;
                    case WebSocketMessageType.Binary:
                        AudioBytesReceived += message.Length;
                        continue;
                    default:
                        return JsonNode.Parse(message.ToArray())!.AsObject();
                }
            }
        }

        /// <summary>Reads until a message of <paramref name="type"/>; fails if the relay closes first.</summary>
        public async Task<JsonObject> WaitForAsync(string type, TimeSpan? timeout = null)
        {
            var seen = new StringBuilder();
            while (true)
            {
                JsonObject? evt = await NextEventAsync(timeout);
                if (evt is null)
                {
                    throw new InvalidOperationException($"The relay closed ({CloseStatus}) before '{type}'; seen: {seen}");
                }

                if ((string?)evt["type"] == type)
                {
                    return evt;
                }

                seen.Append(evt.ToJsonString()).Append(' ');
            }
        }

        /// <summary>Reads until the relay closes; returns its close status.</summary>
        public async Task<WebSocketCloseStatus?> WaitForCloseAsync()
        {
            while (await NextEventAsync() is not null)
            {
            }

            return CloseStatus;
        }

        public async Task CloseAsync()
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).OrTimeout("the page's close");
        }

        public ValueTask DisposeAsync()
        {
            _socket.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
