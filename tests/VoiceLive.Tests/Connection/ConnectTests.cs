using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Moq;
using Xunit;

namespace VoiceLive.Tests
{
    public class ConnectTests : ConnectionTestBase
    {
        [Fact]
        public async Task KeyCredentialGoesInTheApiKeyHeaderAndNeverInTheUrl()
        {
            var connector = new FakeConnector();
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k-123"), "gpt-realtime", OptionsWith(connector));

            Assert.Equal("k-123", connector.Header("api-key"));
            Assert.Null(connector.Header("Authorization"));
            Assert.DoesNotContain("k-123", connector.LastUri!.AbsoluteUri);
            Assert.Equal("wss://unit-test.services.ai.azure.com/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime", connector.LastUri.AbsoluteUri);
        }

        [Fact]
        public async Task ClientRequestIdIsNewPerConnectAndExposed()
        {
            var connector = new FakeConnector();
            var client = new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), OptionsWith(connector));

            await using VoiceLiveConnection first = await client.ConnectAsync("gpt-realtime");
            string? firstId = connector.Header("x-ms-client-request-id");
            await using VoiceLiveConnection second = await client.ConnectAsync("gpt-realtime");
            string? secondId = connector.Header("x-ms-client-request-id");

            Assert.True(Guid.TryParse(firstId, out _));
            Assert.Equal(firstId, first.ClientRequestId);
            Assert.Equal(secondId, second.ClientRequestId);
            Assert.NotEqual(firstId, secondId);
        }

        [Fact]
        public async Task UserAgentNamesLibraryFrameworkAndOsAfterApplicationId()
        {
            var connector = new FakeConnector();
            var options = OptionsWith(connector);
            options.Diagnostics.ApplicationId = "contoso-callcenter";
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options);

            string ua = connector.Header("User-Agent")!;
            Assert.StartsWith("contoso-callcenter VoiceLive-dotnet/", ua);
            Assert.Contains(".NET", ua);
            Assert.Contains(System.Runtime.InteropServices.RuntimeInformation.OSDescription.Split(' ')[0], ua);
        }

        [Fact]
        public async Task AdditionalHeadersOverrideTheLibrarysOwn()
        {
            var connector = new FakeConnector();
            var options = OptionsWith(connector);
            options.AdditionalHeaders["user-agent"] = "custom-agent";
            options.AdditionalHeaders["VoiceLive-Features"] = "X=V1Preview";
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options);

            Assert.Equal("custom-agent", connector.Header("User-Agent"));
            Assert.Single(connector.LastHeaders, h => h.Key.Equals("user-agent", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("X=V1Preview", connector.Header("VoiceLive-Features"));
        }

        [Fact]
        public async Task HeaderValuesWithLineBreaksAreRefused()
        {
            var options = OptionsWith(new FakeConnector());
            options.AdditionalHeaders["X-Bad"] = "a\r\nInjected: yes";
            await Assert.ThrowsAsync<ArgumentException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options));
        }

        [Theory]
        [InlineData("Upgrade")]
        [InlineData("connection")]
        [InlineData("Sec-WebSocket-Key")]
        [InlineData("Sec-WebSocket-Extensions")]
        public async Task TheHandshakesOwnHeadersCannotBeOverridden(string name)
        {
            var connector = new FakeConnector();
            var options = OptionsWith(connector);
            options.AdditionalHeaders[name] = "x";
            var error = await Assert.ThrowsAsync<ArgumentException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options));
            Assert.Contains("handshake", error.Message, StringComparison.Ordinal);
            Assert.Empty(connector.LastHeaders); // refused before any connection attempt
        }

        [Fact]
        public async Task TokenCredentialIsAskedOnEveryConnectWithTheConfiguredScopes()
        {
            var credential = new Mock<TokenCredential>(MockBehavior.Strict);
            int calls = 0;
            credential
                .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .Returns((TokenRequestContext ctx, CancellationToken _) =>
                {
                    calls++;
                    Assert.Equal(new[] { "https://ai.azure.com/.default" }, ctx.Scopes);
                    return new ValueTask<AccessToken>(new AccessToken("tok-" + calls, DateTimeOffset.UtcNow.AddHours(1)));
                });

            var connector = new FakeConnector();
            var client = new VoiceLiveClient(Endpoint, credential.Object, OptionsWith(connector));

            await using (await client.ConnectAsync("gpt-realtime"))
            {
                Assert.Equal("Bearer tok-1", connector.Header("Authorization"));
                Assert.Null(connector.Header("api-key"));
            }

            await using (await client.ConnectAsync("gpt-realtime"))
            {
                Assert.Equal("Bearer tok-2", connector.Header("Authorization"));
            }

            Assert.Equal(2, calls);
        }

        [Fact]
        public async Task CustomScopesAreUsed()
        {
            string[]? seen = null;
            var credential = new Mock<TokenCredential>();
            credential
                .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .Returns((TokenRequestContext ctx, CancellationToken _) =>
                {
                    seen = ctx.Scopes;
                    return new ValueTask<AccessToken>(new AccessToken("t", DateTimeOffset.UtcNow.AddHours(1)));
                });
            var options = OptionsWith(new FakeConnector());
            options.CredentialScopes.Clear();
            options.CredentialScopes.Add("https://cognitiveservices.azure.com/.default");

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, credential.Object, "m", options);

            Assert.Equal(new[] { "https://cognitiveservices.azure.com/.default" }, seen);
        }

        [Fact]
        public async Task ACredentialThatThrowsSurfacesAsConnectionErrorWithTheCause()
        {
            var cause = new InvalidOperationException("no identity configured");
            var credential = new Mock<TokenCredential>();
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(cause);

            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, credential.Object, "m", OptionsWith(new FakeConnector())));

            Assert.Same(cause, ex.InnerException);
            Assert.Equal(0, ex.Status);
            Assert.Contains("no identity configured", ex.Message);
        }

        [Theory]
        [InlineData(400)]
        [InlineData(401)]
        [InlineData(403)]
        [InlineData(404)]
        [InlineData(429)]
        [InlineData(500)]
        [InlineData(503)]
        public async Task RefusedUpgradeCarriesTheHttpStatus(int status)
        {
            var connector = new FakeConnector { RefuseWithStatus = status };
            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector)));
            Assert.Equal(status, ex.Status);
            Assert.NotNull(ex.ClientRequestId);
        }

        [Fact]
        public async Task AServerThatNeverSendsSessionCreatedTimesOut()
        {
            var connector = new FakeConnector(() => new ScriptedWebSocket());
            var options = OptionsWith(connector, o => o.ConnectTimeout = TimeSpan.FromMilliseconds(200));

            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options)).OrTimeout("connect timeout");

            Assert.Contains("session.created", ex.Message);
            Assert.True(connector.LastSocket!.WasAborted || connector.LastSocket.State != System.Net.WebSockets.WebSocketState.Open);
        }

        [Fact]
        public async Task ACallerCancellationDuringConnectIsAnOperationCanceledException()
        {
            var connector = new FakeConnector(() => new ScriptedWebSocket());
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector), cts.Token)).OrTimeout("cancel");
        }

        [Fact]
        public async Task ACloseBeforeSessionCreatedIsAConnectionError()
        {
            var connector = new FakeConnector(() =>
            {
                var socket = new ScriptedWebSocket();
                socket.EnqueueClose((System.Net.WebSockets.WebSocketCloseStatus)4001, "invalid model");
                return socket;
            });

            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector))).OrTimeout("connect");
            var closed = Assert.IsType<VoiceLiveConnectionClosedException>(ex.InnerException);
            Assert.Equal(4001, closed.CloseStatus);
            Assert.Equal("invalid model", closed.CloseStatusDescription);
        }

        [Fact]
        public async Task AgentRequiresBothNames()
        {
            var client = new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), OptionsWith(new FakeConnector()));
            await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new AgentSessionConfig("agent", "")));
            await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new AgentSessionConfig(null!, "project")));
        }

        [Fact]
        public async Task AgentConnectSendsAgentParameters()
        {
            var connector = new FakeConnector();
            var client = new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), OptionsWith(connector));
            await using VoiceLiveConnection connection = await client.ConnectAsync(new AgentSessionConfig("a1", "p1") { ConversationId = "c1" });
            Assert.Equal("?api-version=2026-07-15&agent-name=a1&agent-project-name=p1&conversation-id=c1", connector.LastUri!.Query);
        }
    }
}
