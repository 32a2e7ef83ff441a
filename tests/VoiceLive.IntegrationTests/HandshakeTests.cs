using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Moq;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class HandshakeTests
    {
        [Fact]
        public async Task Connect_yields_session_created_first_with_a_complete_session()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            await using VoiceLiveConnection connection = await Harness.ConnectAsync(emulator);
            var reader = new EventReader(connection);

            ServerEvent? first = await reader.NextAsync();

            ServerEventSessionCreated created = Assert.IsType<ServerEventSessionCreated>(first);
            Assert.True(connection.IsOpen);
            ResponseSession session = created.Session;
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Harness.Timeout);
            Assert.Equal(server.SessionId, session.Id);
            Assert.Equal(Harness.Model, session.Model);
            Assert.Equal(InputAudioFormat.Pcm16, session.InputAudioFormat);
            Assert.Equal(24000, session.InputAudioSamplingRate);
            Assert.Equal(OutputAudioFormat.Pcm16, session.OutputAudioFormat);
            Assert.Contains(Modality.Audio, session.Modalities);
            Assert.Contains(Modality.Text, session.Modalities);
            Assert.NotNull(session.Voice);
            ServerVad vad = Assert.IsType<ServerVad>(session.TurnDetection);
            Assert.NotNull(vad.Threshold);
            Assert.NotNull(session.ExpiresAt);
            Assert.True(session.ExpiresAt > DateTimeOffset.UtcNow);
            Assert.False(string.IsNullOrEmpty(created.EventId));
        }

        [Fact]
        public async Task Upgrade_request_carries_api_key_request_id_and_user_agent()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            await using VoiceLiveConnection connection = await Harness.ConnectAsync(emulator, key: "my-secret-key");
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Harness.Timeout);

            Assert.Equal("my-secret-key", server.RequestHeaders["api-key"]);
            Assert.False(server.RequestHeaders.ContainsKey("authorization"));
            Assert.Equal(connection.ClientRequestId, server.RequestHeaders["x-ms-client-request-id"]);
            Assert.True(Guid.TryParse(connection.ClientRequestId, out _));
            Assert.StartsWith("VoiceLive-dotnet/", server.RequestHeaders["user-agent"], StringComparison.Ordinal);
            Assert.Equal(Harness.Model, server.Query["model"]);
            Assert.Equal("2026-07-15", server.Query["api-version"]);
            Assert.False(server.Query.ContainsKey("api-key"));
        }

        [Fact]
        public async Task Token_credential_sends_a_bearer_token_asked_for_on_connect()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BearerToken = "good-token");
            var credential = new Mock<TokenCredential>(MockBehavior.Strict);
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new AccessToken("good-token", DateTimeOffset.UtcNow.AddHours(1)));

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential.Object, Harness.Model, Harness.Options());
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Harness.Timeout);

            Assert.Equal("Bearer good-token", server.RequestHeaders["authorization"]);
            Assert.False(server.RequestHeaders.ContainsKey("api-key"));
            Assert.Equal(connection.ClientRequestId, server.RequestHeaders["x-ms-client-request-id"]);
            Assert.StartsWith("VoiceLive-dotnet/", server.RequestHeaders["user-agent"], StringComparison.Ordinal);
            credential.Verify(c => c.GetTokenAsync(
                It.Is<TokenRequestContext>(t => t.Scopes.Length == 1 && t.Scopes[0] == VoiceLiveClientOptions.DefaultCredentialScope),
                It.IsAny<CancellationToken>()), Times.Once);
        }

        [Fact]
        public async Task One_client_opens_sessions_with_a_fresh_token_and_request_id_each_time()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            int calls = 0;
            var credential = new Mock<TokenCredential>();
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(() => new AccessToken("token-" + Interlocked.Increment(ref calls), DateTimeOffset.UtcNow.AddHours(1)));
            var client = new VoiceLiveClient(emulator.Endpoint, credential.Object, Harness.Options());

            await using VoiceLiveConnection first = await client.ConnectAsync(Harness.Model);
            await using VoiceLiveConnection second = await client.ConnectAsync(Harness.Model);

            Assert.Equal(2, calls);
            EmulatorConnection one = await emulator.WaitForConnectionAsync(0, Harness.Timeout);
            EmulatorConnection two = await emulator.WaitForConnectionAsync(1, Harness.Timeout);
            Assert.Equal("Bearer token-1", one.RequestHeaders["authorization"]);
            Assert.Equal("Bearer token-2", two.RequestHeaders["authorization"]);
            Assert.NotEqual(first.ClientRequestId, second.ClientRequestId);
            Assert.Equal(second.ClientRequestId, two.RequestHeaders["x-ms-client-request-id"]);
            Assert.NotEqual(one.SessionId, two.SessionId);
        }

        [Fact]
        public async Task Wrong_api_key_is_401()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.ApiKey = "right-key");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Harness.ConnectAsync(emulator, key: "wrong-key"));

            Assert.Equal(401, error.Status);
            Assert.False(string.IsNullOrEmpty(error.ClientRequestId));
            Assert.DoesNotContain("wrong-key", error.Message, StringComparison.Ordinal);
            Assert.Empty(emulator.Connections);
        }

        [Fact]
        public async Task Wrong_bearer_token_is_401()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.BearerToken = "good-token");
            var credential = new Mock<TokenCredential>();
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new AccessToken("stolen-token", DateTimeOffset.UtcNow.AddHours(1)));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(emulator.Endpoint, credential.Object, Harness.Model, Harness.Options()));

            Assert.Equal(401, error.Status);
            Assert.DoesNotContain("stolen-token", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("model")]
        [InlineData("api-version")]
        public async Task Emptied_required_query_parameter_is_400(string name)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => Harness.ConnectAsync(emulator, configure: o => o.AdditionalQueryParameters[name] = string.Empty));

            Assert.Equal(400, error.Status);
        }

        [Fact]
        public async Task Endpoint_with_a_path_the_emulator_does_not_serve_is_404()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var endpoint = new Uri(emulator.Endpoint, "/some/prefix/");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential("k"), Harness.Model, Harness.Options()));

            Assert.Equal(404, error.Status);
            Assert.Contains("/some/prefix/voice-live/realtime", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(403)]
        [InlineData(429)]
        [InlineData(500)]
        [InlineData(503)]
        public async Task Refused_upgrade_surfaces_its_status(int status)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => Harness.ConnectAsync(emulator, $"emulator-fault=refuse&emulator-refuse-status={status}", o => o.Retry.MaxRetries = 0));

            Assert.Equal(status, error.Status);
            Assert.IsNotType<VoiceLiveConnectionClosedException>(error);
            Assert.Empty(emulator.Connections);
        }

        [Fact]
        public async Task Refused_upgrade_from_emulator_options_is_503_by_default()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o => o.Faults = new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade });

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Harness.ConnectAsync(emulator, configure: o => o.Retry.MaxRetries = 0));

            Assert.Equal(503, error.Status);
        }

        [Fact]
        public async Task A_refused_upgrade_is_retried_as_ClientOptions_Retry_says_and_the_session_starts()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync(o =>
                o.FaultSelector = attempt => attempt == 0 ? new EmulatorFaults { Kind = EmulatorFaultKind.RefuseUpgrade, RefuseStatusCode = 503 } : null);

            await using VoiceLiveConnection connection = await Harness.ConnectAsync(emulator, configure: o =>
            {
                o.Retry.Mode = Azure.Core.RetryMode.Fixed;
                o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            });

            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task No_session_created_fails_after_ConnectTimeout()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var connectTimeout = TimeSpan.FromMilliseconds(500);
            var clock = new SignallingTimeProvider();

            Task<VoiceLiveConnection> connect = Harness.ConnectAsync(emulator, "emulator-fault=no-session-created", o =>
            {
                o.ConnectTimeout = connectTimeout;
                o.TimeProvider = clock;
            });

            // The timeout runs on the client's clock: the upgrade succeeds, then nothing ends the connect until the
            // clock reaches ConnectTimeout, and reaching it does.
            await clock.WaitForTimerAsync(connectTimeout, "the connect timeout to start");
            await emulator.WaitForConnectionAsync(0, Harness.Timeout);
            await clock.WaitForClientSocketAsync(); // advancing before the client read the 101 would time out the upgrade instead
            clock.AdvanceThroughDeadline(connectTimeout, connect, "connect ended before ConnectTimeout had passed on the client's clock");
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => connect.OrTimeout("connect once ConnectTimeout has passed"));

            Assert.Equal(0, error.Status);
            Assert.Contains("session.created", error.Message, StringComparison.Ordinal);

            // The upgrade itself succeeded; the client then gave up and closed the socket.
            EmulatorConnection server = await emulator.WaitForConnectionAsync(0, Harness.Timeout);
            await server.Completion.WaitAsync(Harness.Timeout);
        }
    }
}
