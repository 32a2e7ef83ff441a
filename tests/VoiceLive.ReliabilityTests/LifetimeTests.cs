using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>
    /// Cancellation at every await point of connect, send, receive and close, and disposal at awkward moments: each leaves
    /// the connection in the documented state (docs/reliability.md) and nothing hangs.
    /// </summary>
    public class LifetimeTests
    {
        private static readonly Dictionary<string, string> StopResponding = new() { ["emulator-fault"] = "stop-responding" };

        private static readonly TimeSpan CloseTimeout = TimeSpan.FromMilliseconds(500);

        private static void NoKeepAliveTimeout(VoiceLiveClientOptions o)
        {
            o.KeepAliveTimeout = Timeout.InfiniteTimeSpan; // these tests hold a silent peer on purpose
            o.CloseTimeout = CloseTimeout;
        }

        /// <summary>As <see cref="NoKeepAliveTimeout"/>, with the close timeout on <paramref name="clock"/>.</summary>
        private static Action<VoiceLiveClientOptions> NoKeepAliveTimeoutOn(TimeProvider clock) => o =>
        {
            NoKeepAliveTimeout(o);
            o.TimeProvider = clock;
        };

        /// <summary>
        /// Asserts that <paramref name="closing"/> (a close or dispose to a peer that does not answer) is still waiting
        /// until <see cref="CloseTimeout"/> has passed on <paramref name="clock"/>, and ends once it has.
        /// </summary>
        private static async Task ExpiresAfterCloseTimeoutAsync(SignallingTimeProvider clock, Task closing, string what)
        {
            await clock.WaitForTimerAsync(CloseTimeout, $"the close timeout of the {what} to start");
            clock.AdvanceThroughDeadline(CloseTimeout, closing, $"the {what} ended before CloseTimeout had passed on the client's clock");
            await closing.OrTimeout($"the {what} once CloseTimeout has passed");
        }

        // ---- connect ----

        [Fact]
        public async Task Cancel_while_the_credential_is_fetching_a_token_throws_OperationCanceled_and_opens_no_socket()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var credential = new BlockingCredential();
            using var cts = new CancellationTokenSource();
            Task<VoiceLiveConnection> connect = VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential, Reliability.Model, Reliability.Options(), cts.Token);
            await credential.Asked.Task.OrTimeout("token request");

            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect.OrTimeout("cancelled connect"));
            Assert.Equal(0, emulator.ConnectionAttempts);
        }

        [Fact]
        public async Task Cancel_during_the_upgrade_throws_OperationCanceled_and_closes_the_tcp_connection()
        {
            // A server that accepts TCP and never answers the HTTP upgrade.
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
            using var cts = new CancellationTokenSource();
            Task<VoiceLiveConnection> connect = Reliability.ConnectAsync(endpoint, cancellationToken: cts.Token);
            using TcpClient accepted = await listener.AcceptTcpClientAsync().OrTimeout("tcp accept");

            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect.OrTimeout("cancelled connect"));
            NetworkStream stream = accepted.GetStream();
            var buffer = new byte[4096];
            // The client's side closes (FIN or reset) at once, not when a garbage collection finalizes the socket.
            try
            {
                while (await stream.ReadAsync(buffer).AsTask().OrTimeout("client closes the tcp connection", TimeSpan.FromSeconds(5)) > 0)
                {
                    // drain the upgrade request
                }
            }
            catch (System.IO.IOException)
            {
                // reset by the client: closed as well
            }
        }

        [Fact]
        public async Task A_refused_upgrade_closes_its_tcp_connection_at_once_instead_of_keeping_it_pooled()
        {
            // A server that refuses the upgrade with a keep-alive response: a pooling HTTP client would keep the
            // connection for reuse; the connector must not leave it lingering in any pool.
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
            Task<VoiceLiveConnection> connect = Reliability.ConnectAsync(endpoint);
            using TcpClient accepted = await listener.AcceptTcpClientAsync().OrTimeout("tcp accept");
            NetworkStream stream = accepted.GetStream();
            var buffer = new byte[8192];
            int read = 0;
            while (!System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                read += await stream.ReadAsync(buffer.AsMemory(read)).AsTask().OrTimeout("the upgrade request");
            }

            byte[] refusal = System.Text.Encoding.ASCII.GetBytes("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
            await stream.WriteAsync(refusal);

            VoiceLiveConnectionException error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => connect.OrTimeout("refused connect"));
            Assert.Equal(401, error.Status);
            try
            {
                Assert.Equal(0, await stream.ReadAsync(buffer).AsTask().OrTimeout("client closes the tcp connection", TimeSpan.FromSeconds(5)));
            }
            catch (System.IO.IOException)
            {
                // reset by the client: closed as well
            }
        }

        [Fact]
        public async Task Cancel_while_waiting_for_session_created_throws_OperationCanceled_and_aborts_the_socket()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            using var cts = new CancellationTokenSource();
            Task<VoiceLiveConnection> connect = Reliability.ConnectAsync(emulator.Endpoint, new Dictionary<string, string> { ["emulator-fault"] = "no-session-created" }, cancellationToken: cts.Token);
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Reliability.Timeout);

            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect.OrTimeout("cancelled connect"));
            await server.Completion.OrTimeout("server sees the connection end");
        }

        [Fact]
        public async Task Connect_timeout_while_waiting_for_session_created_is_a_typed_connection_error()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var clock = new SignallingTimeProvider();
            var connectTimeout = TimeSpan.FromSeconds(2);
            Task<VoiceLiveConnection> connect = Reliability.ConnectAsync(
                emulator.Endpoint, new Dictionary<string, string> { ["emulator-fault"] = "no-session-created" }, o =>
                {
                    o.ConnectTimeout = connectTimeout;
                    o.TimeProvider = clock;
                });

            // On the client's clock: the upgrade is done and the connect still waits until ConnectTimeout has passed.
            await clock.WaitForTimerAsync(connectTimeout, "the connect timeout to start");
            await emulator.WaitForConnectionAsync(0, Reliability.Timeout);
            await clock.WaitForClientSocketAsync(); // advancing before the client read the 101 would time out the upgrade instead
            clock.AdvanceThroughDeadline(connectTimeout, connect, "connect ended before ConnectTimeout had passed on the client's clock");
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => connect.OrTimeout("connect once ConnectTimeout has passed"));

            Assert.Equal(0, error.Status);
            Assert.Contains("session.created", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
            await emulator.Connections[0].Completion.OrTimeout("server sees the connection end");
        }

        // ---- send ----

        [Fact]
        public async Task Cancel_while_waiting_for_the_send_slot_throws_and_leaves_the_connection_open_then_dispose_does_not_hang()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var clock = new SignallingTimeProvider();
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, StopResponding, NoKeepAliveTimeoutOn(clock));
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());
            Task blocked = StartASendThatCannotFinish(connection);

            using var cts = new CancellationTokenSource();
            Task waiting = connection.InputAudioBuffer.CommitAsync(cancellationToken: cts.Token);
            Assert.False(waiting.IsCompleted); // the slot is held by the write that cannot finish
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.OrTimeout("cancelled send"));
            Assert.True(connection.IsOpen); // documented: cancelling the wait for the send slot does not close the connection

            // Dispose while a send is blocked by TCP backpressure: the close handshake cannot get the send slot, so it gives
            // up after CloseTimeout, aborts, and the blocked send fails with a typed error instead of hanging.
            Task dispose = connection.DisposeAsync().AsTask();
            await ExpiresAfterCloseTimeoutAsync(clock, dispose, "dispose during a blocked send");
            await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => blocked.OrTimeout("the blocked send ends"));
            Assert.False(connection.IsOpen);
            await connection.DisposeAsync(); // twice is fine
        }

        [Fact]
        public async Task Cancel_during_a_blocked_write_does_not_cut_the_frame_and_close_still_ends_promptly()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var clock = new SignallingTimeProvider();
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, StopResponding, NoKeepAliveTimeoutOn(clock));
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());
            using var cts = new CancellationTokenSource();
            Task blocked = StartASendThatCannotFinish(connection, cts.Token);

            cts.Cancel(); // the frame already being written is finished, never cut: the write keeps going

            Assert.False(blocked.IsCompleted);
            Assert.True(connection.IsOpen);
            await ExpiresAfterCloseTimeoutAsync(clock, connection.CloseAsync(), "close during a blocked write");
            await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => blocked.OrTimeout("the blocked send ends"));
            Assert.False(connection.IsOpen);
            await connection.DisposeAsync();
        }

        /// <summary>
        /// Starts one append whose frame is larger than everything the loopback path can hold while the peer does not
        /// read: the kernel's largest receive and send buffers plus the server's 1 MB transport buffer. Its write
        /// therefore starts at once (the send slot is free) and cannot finish. No clock: the size alone decides.
        /// </summary>
        private static Task StartASendThatCannotFinish(VoiceLiveConnection connection, CancellationToken cancellationToken = default)
        {
            long capacity = Reliability.KernelBufferMax("tcp_rmem") + Reliability.KernelBufferMax("tcp_wmem") + (1 << 20);
            var audio = new byte[checked((int)(capacity + (4 << 20)))]; // base64 makes the frame a third larger still
            Task send = connection.InputAudioBuffer.AppendAsync(audio, cancellationToken: cancellationToken).AsTask();
            Assert.False(send.IsCompleted, $"a {audio.Length / (1 << 20)} MB append finished against a peer that does not read");
            return send;
        }

        // ---- receive ----

        [Fact]
        public async Task Cancel_a_pending_receive_keeps_the_connection_open_and_loses_nothing()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            await using VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint);
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Reliability.Timeout);

            for (int i = 0; i < 20; i++)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(5 + i));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await connection.ReceiveAsync(cts.Token));
                Assert.True(connection.IsOpen);
            }

            // Events sent during and after the cancelled reads all arrive, once each, in order.
            for (int i = 0; i < 50; i++)
            {
                await server.SendRawAsync($"{{\"type\":\"emulator.probe\",\"event_id\":\"p{i}\"}}");
            }

            for (int i = 0; i < 50; i++)
            {
                using var cts = new CancellationTokenSource(i % 2 == 0 ? TimeSpan.FromMilliseconds(1) : Reliability.Timeout);
                ServerEvent? evt;
                try
                {
                    evt = await connection.ReceiveAsync(cts.Token);
                }
                catch (OperationCanceledException)
                {
                    evt = await connection.ReceiveAsync().AsTask().OrTimeout("receive after a cancelled one");
                }

                Assert.Equal($"p{i}", evt!.EventId);
            }
        }

        // ---- close ----

        [Fact]
        public async Task Cancel_close_aborts_the_socket_at_once_and_the_connection_is_closed_not_half_open()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            // The close timeout runs on a clock that never moves: only the cancellation can end the close.
            var clock = new SignallingTimeProvider();
            var closeTimeout = TimeSpan.FromSeconds(30);
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, StopResponding, o =>
            {
                o.KeepAliveTimeout = Timeout.InfiniteTimeSpan;
                o.CloseTimeout = closeTimeout;
                o.TimeProvider = clock;
            });
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());
            using var cts = new CancellationTokenSource();

            Task close = connection.CloseAsync(cancellationToken: cts.Token);
            await clock.WaitForTimerAsync(closeTimeout, "the close handshake to start waiting");
            Assert.False(close.IsCompleted, "close to a silent server ended by itself");
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => close.OrTimeout("cancelled close"));

            Assert.False(connection.IsOpen);
            await Assert.ThrowsAnyAsync<VoiceLiveException>(() => connection.InputAudioBuffer.ClearAsync());
            await connection.DisposeAsync().AsTask().OrTimeout("dispose after a cancelled close");
        }

        [Fact]
        public async Task Close_to_a_silent_server_gives_up_after_CloseTimeout()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var clock = new SignallingTimeProvider();
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint, StopResponding, NoKeepAliveTimeoutOn(clock));
            Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync());

            await ExpiresAfterCloseTimeoutAsync(clock, connection.CloseAsync(), "close to a silent server");

            Assert.False(connection.IsOpen);
            await connection.DisposeAsync();
        }

        // ---- dispose ----

        [Fact]
        public async Task Dispose_during_enumeration_during_sends_and_twice_ends_everything_without_hanging()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            VoiceLiveConnection connection = await Reliability.ConnectAsync(emulator.Endpoint);
            var firstEvent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task enumeration = Task.Run(async () =>
            {
                await foreach (ServerEvent _ in connection)
                {
                    firstEvent.TrySetResult();
                }
            });
            using var stop = new CancellationTokenSource();
            var senders = new List<Task>();
            for (int i = 0; i < 4; i++)
            {
                senders.Add(Task.Run(async () =>
                {
                    while (true)
                    {
                        try
                        {
                            await connection.Session.UpdateAsync(new RequestSession { Instructions = "dispose race" });
                        }
                        catch (Exception ex) when (ex is ObjectDisposedException || ex is VoiceLiveConnectionClosedException)
                        {
                            return; // the documented outcomes of a send racing dispose
                        }
                    }
                }));
            }

            await firstEvent.Task.OrTimeout("first event");
            Task first = connection.DisposeAsync().AsTask();
            Task second = connection.DisposeAsync().AsTask();
            await Task.WhenAll(first, second).OrTimeout("two concurrent disposes");
            await connection.DisposeAsync(); // and a third, afterwards

            await enumeration.OrTimeout("enumeration ends quietly");
            await Task.WhenAll(senders).OrTimeout("senders stop");
            Assert.False(connection.IsOpen);
            Assert.Throws<ObjectDisposedException>(() => connection.GetAsyncEnumerator());
        }

        private sealed class BlockingCredential : TokenCredential
        {
            public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
                => throw new NotSupportedException();

            public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            {
                Asked.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            }
        }
    }
}
