using System;
using System.Linq;
using System.Net.WebSockets;
using System.Reflection;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.NetStandardTests
{
    /// <summary>
    /// The netstandard2.0 build end to end against the in-process emulator: connect, send, receive, close, and a refused
    /// upgrade whose HTTP status that build can only read from the runtime's exception message.
    /// </summary>
    public class ClientWebSocketTransportTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        [Fact]
        public void The_library_under_test_is_its_netstandard2_0_build()
        {
            string? framework = typeof(VoiceLiveClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

            Assert.Equal(".NETStandard,Version=v2.0", framework);
        }

        [Fact]
        public async Task Connecting_receives_session_created()
        {
            await using VoiceLiveEmulator emulator = await StartEmulatorAsync();
            await using VoiceLiveConnection connection = await ConnectAsync(emulator);

            Assert.IsType<ServerEventSessionCreated>(await ReceiveAsync(connection));
            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task A_sent_response_create_is_answered_with_response_done()
        {
            await using VoiceLiveEmulator emulator = await StartEmulatorAsync();
            await using VoiceLiveConnection connection = await ConnectAsync(emulator);
            Assert.IsType<ServerEventSessionCreated>(await ReceiveAsync(connection));

            await connection.Response.CreateAsync().WaitAsync(Timeout);

            ServerEventResponseDone done = await ReceiveUntilAsync<ServerEventResponseDone>(connection);
            Assert.Equal(ResponseStatus.Completed, done.Response.Status);
        }

        [Fact]
        public async Task Close_completes_the_handshake_and_the_emulator_sees_1000()
        {
            await using VoiceLiveEmulator emulator = await StartEmulatorAsync();
            VoiceLiveConnection connection = await ConnectAsync(emulator);
            Assert.IsType<ServerEventSessionCreated>(await ReceiveAsync(connection));
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Timeout);

            await connection.CloseAsync().WaitAsync(Timeout);

            Assert.False(connection.IsOpen);
            await server.Completion.WaitAsync(Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);
            await connection.DisposeAsync();
        }

        [Fact]
        public async Task A_wrong_api_key_is_refused_with_status_401()
        {
            await using VoiceLiveEmulator emulator = await StartEmulatorAsync(o => o.ApiKey = "right-key");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => ConnectAsync(emulator, key: "wrong-key"));

            Assert.Equal(401, error.Status);
            Assert.DoesNotContain("wrong-key", error.Message, StringComparison.Ordinal);
            Assert.Empty(emulator.Connections);
        }

        private static Task<VoiceLiveEmulator> StartEmulatorAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
        {
            var options = new VoiceLiveEmulatorOptions { Port = 0, AudioPacing = EmulatorAudioPacing.AsFastAsPossible };
            configure?.Invoke(options);
            return VoiceLiveEmulator.StartAsync(options);
        }

        private static Task<VoiceLiveConnection> ConnectAsync(VoiceLiveEmulator emulator, string key = "test-key")
        {
            var options = new VoiceLiveClientOptions { ConnectTimeout = Timeout, CloseTimeout = TimeSpan.FromSeconds(5) };
            return VoiceLiveClient.ConnectAsync(emulator.Endpoint, new AzureKeyCredential(key), "gpt-realtime", options);
        }

        private static async Task<ServerEvent> ReceiveAsync(VoiceLiveConnection connection)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            ServerEvent? evt = await connection.ReceiveAsync(timeout.Token);
            return evt ?? throw new InvalidOperationException("The connection ended instead of delivering an event.");
        }

        private static async Task<T> ReceiveUntilAsync<T>(VoiceLiveConnection connection)
            where T : ServerEvent
        {
            while (true)
            {
                if (await ReceiveAsync(connection) is T match)
                {
                    return match;
                }
            }
        }
    }
}
