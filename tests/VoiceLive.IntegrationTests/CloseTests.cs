using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class CloseTests
    {
        [Fact]
        public async Task CloseAsync_sends_1000_and_the_emulator_records_it()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, _, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.CloseAsync();

            await server.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);
            Assert.False(connection.IsOpen);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.CloseStatus);
            await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Response.CreateAsync());
        }

        [Fact]
        public async Task CloseAsync_with_a_status_and_reason_sends_them()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, _, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "app shutting down");

            await server.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, server.ClientCloseStatus);
            Assert.Equal("app shutting down", server.ClientCloseDescription);
        }

        [Fact]
        public async Task CloseAsync_during_enumeration_ends_it_normally()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, _, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;
            var seen = new List<ServerEvent>();
            var enumerating = Task.Run(async () =>
            {
                await foreach (ServerEvent evt in connection)
                {
                    seen.Add(evt);
                }
            });
            await connection.Session.UpdateAsync(new RequestSession { Instructions = "x" });
            await server.WaitForEventAsync("session.update", Harness.Timeout);

            await connection.CloseAsync();

            await enumerating.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);
        }

        [Fact]
        public async Task DisposeAsync_during_enumeration_ends_it()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, _, server) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection; // disposed explicitly below; this covers a failed assertion
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var enumerating = Task.Run(async () =>
            {
                int count = 0;
                await foreach (ServerEvent evt in connection)
                {
                    count++;
                    started.TrySetResult();
                }

                return count;
            });
            await connection.Session.UpdateAsync(new RequestSession());
            await started.Task.WaitAsync(Harness.Timeout);

            await connection.DisposeAsync();

            int events = await enumerating.WaitAsync(Harness.Timeout);
            Assert.True(events >= 1);
            Assert.False(connection.IsOpen);
            await server.Completion.WaitAsync(Harness.Timeout);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);
            await Assert.ThrowsAsync<ObjectDisposedException>(() => connection.Response.CreateAsync());
            await connection.DisposeAsync(); // idempotent
        }
    }
}
