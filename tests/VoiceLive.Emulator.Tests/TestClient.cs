using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>A raw ClientWebSocket speaking JSON events to the emulator; every wait has a timeout that fails loudly.</summary>
    internal sealed class TestClient : IAsyncDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
        private int _eventCounter;

        private TestClient(ClientWebSocket socket)
        {
            Socket = socket;
        }

        public ClientWebSocket Socket { get; }

        /// <summary>Every event received so far, in order.</summary>
        public List<JsonObject> Received { get; } = new();

        public static Task<VoiceLiveEmulator> StartEmulatorAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
        {
            var options = new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.AsFastAsPossible };
            configure?.Invoke(options);
            return VoiceLiveEmulator.StartAsync(options);
        }

        public static async Task<TestClient> ConnectAsync(VoiceLiveEmulator emulator, string? extraQuery = null, Action<ClientWebSocketOptions>? configure = null)
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("api-key", "test-key");
            configure?.Invoke(socket.Options);
            using var cts = new CancellationTokenSource(Timeout);
            await socket.ConnectAsync(emulator.GetWebSocketUri(extraQuery: extraQuery), cts.Token);
            return new TestClient(socket);
        }

        /// <summary>Connects and returns the session.created event.</summary>
        public static async Task<(TestClient Client, JsonObject Session)> ConnectReadyAsync(VoiceLiveEmulator emulator, string? extraQuery = null)
        {
            TestClient client = await ConnectAsync(emulator, extraQuery);
            JsonObject created = await client.WaitForAsync("session.created");
            return (client, (JsonObject)created["session"]!);
        }

        /// <summary>Tries to connect and returns the HTTP status of the refused (or accepted: 101) upgrade.</summary>
        public static async Task<int> HandshakeStatusAsync(Uri uri, Action<ClientWebSocketOptions>? configure = null)
        {
            using var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            configure?.Invoke(socket.Options);
            using var cts = new CancellationTokenSource(Timeout);
            try
            {
                await socket.ConnectAsync(uri, cts.Token);
                return (int)socket.HttpStatusCode;
            }
            catch (WebSocketException)
            {
                return (int)socket.HttpStatusCode;
            }
        }

        public Task SendAsync(JsonObject evt)
        {
            evt["event_id"] ??= "client_evt_" + Interlocked.Increment(ref _eventCounter);
            return SendRawAsync(evt.ToJsonString());
        }

        public async Task SendRawAsync(string json)
        {
            using var cts = new CancellationTokenSource(Timeout);
            await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cts.Token);
        }

        /// <summary>Sends audio bytes as input_audio_buffer.append events of <paramref name="chunkBytes"/> each.</summary>
        public async Task AppendAudioAsync(byte[] audio, int chunkBytes = 4800)
        {
            for (int offset = 0; offset < audio.Length; offset += chunkBytes)
            {
                int count = Math.Min(chunkBytes, audio.Length - offset);
                await SendAsync(new JsonObject
                {
                    ["type"] = "input_audio_buffer.append",
                    ["audio"] = Convert.ToBase64String(audio, offset, count),
                });
            }
        }

        /// <summary>Receives one whole message (all frames) as text and message type.</summary>
        public async Task<(WebSocketMessageType Type, byte[] Bytes, int Frames)> ReceiveRawAsync(TimeSpan? timeout = null)
        {
            using var cts = new CancellationTokenSource(timeout ?? Timeout);
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            int frames = 0;
            try
            {
                while (true)
                {
                    WebSocketReceiveResult result = await Socket.ReceiveAsync(buffer, cts.Token);
                    frames++;
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return (result.MessageType, Array.Empty<byte>(), frames);
                    }

                    message.Write(buffer, 0, result.Count);
                    if (result.EndOfMessage)
                    {
                        return (result.MessageType, message.ToArray(), frames);
                    }
                }
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                // Only this wait's own deadline is a timeout; the socket's keep-alive timeout aborts with its own error.
                throw new TimeoutException($"No message within {(timeout ?? Timeout).TotalSeconds} s; received so far: {Describe()}");
            }
        }

        public async Task<JsonObject> ReceiveAsync()
        {
            var (type, bytes, _) = await ReceiveRawAsync();
            if (type == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the connection ({Socket.CloseStatus} {Socket.CloseStatusDescription}); received: {Describe()}");
            }

            var evt = (JsonObject)JsonNode.Parse(bytes)!;
            Received.Add(evt);
            return evt;
        }

        /// <summary>Receives until an event of <paramref name="type"/> arrives and returns it.</summary>
        public async Task<JsonObject> WaitForAsync(string type)
        {
            while (true)
            {
                JsonObject evt = await ReceiveAsync();
                if ((string?)evt["type"] == type)
                {
                    return evt;
                }
            }
        }

        /// <summary>Receives until (and including) an event of <paramref name="type"/>; returns everything received on the way.</summary>
        public async Task<List<JsonObject>> CollectUntilAsync(string type)
        {
            var events = new List<JsonObject>();
            while (true)
            {
                JsonObject evt = await ReceiveAsync();
                events.Add(evt);
                if ((string?)evt["type"] == type)
                {
                    return events;
                }
            }
        }

        public string Describe()
        {
            return "[" + string.Join(", ", Received.ConvertAll(e => (string?)e["type"])) + "]";
        }

        public async ValueTask DisposeAsync()
        {
            if (Socket.State == WebSocketState.Open)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", cts.Token);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                }
            }

            Socket.Dispose();
        }
    }
}
