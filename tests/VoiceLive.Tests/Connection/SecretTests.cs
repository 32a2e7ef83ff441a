using System;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Moq;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>Connects with distinctive secrets and asserts none of them reaches a log line, an exception, a ToString or the URL.</summary>
    public class SecretTests : ConnectionTestBase
    {
        private const string Key = "KEY-7c1d-DO-NOT-LEAK";
        private const string Token = "TOKEN-e93a-DO-NOT-LEAK";
        private const string McpSecret = "MCP-55aa-DO-NOT-LEAK";

        [Fact]
        public async Task KeySessionLeaksNothingAtTraceWithContentLogging()
        {
            var logs = new CapturingLoggerProvider();
            var connector = new FakeConnector();
            var options = OptionsWith(connector, o =>
            {
                o.LoggerFactory = logs.CreateFactory();
                o.Diagnostics.IsLoggingContentEnabled = true;
            });

            string seen = await RunSessionAsync(VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential(Key), "gpt-realtime", options), connector);

            Assert.Equal(Key, connector.Header("api-key")); // it was really used
            AssertNoSecret(seen, logs, connector);
        }

        [Fact]
        public async Task TokenSessionLeaksNothingAtTraceWithContentLogging()
        {
            var logs = new CapturingLoggerProvider();
            var connector = new FakeConnector();
            var options = OptionsWith(connector, o =>
            {
                o.LoggerFactory = logs.CreateFactory();
                o.Diagnostics.IsLoggingContentEnabled = true;
            });
            var credential = new Mock<TokenCredential>();
            credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1)));

            string seen = await RunSessionAsync(VoiceLiveClient.ConnectAsync(Endpoint, credential.Object, "gpt-realtime", options), connector);

            Assert.Equal("Bearer " + Token, connector.Header("Authorization"));
            AssertNoSecret(seen, logs, connector);
        }

        [Fact]
        public async Task RefusedConnectionLeaksNothing()
        {
            var logs = new CapturingLoggerProvider();
            var connector = new FakeConnector { RefuseWithStatus = 401 };
            var options = OptionsWith(connector, o => o.LoggerFactory = logs.CreateFactory());

            var ex = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential(Key), "m", options));

            AssertNoSecret(ex.ToString() + ex.Message, logs, connector);
        }

        private static async Task<string> RunSessionAsync(Task<VoiceLiveConnection> connecting, FakeConnector connector)
        {
            var text = new System.Text.StringBuilder();
            VoiceLiveConnection connection = await connecting.OrTimeout("connect");
            text.Append(connection.ToString()).Append(connection.ClientRequestId);

            var session = new RequestSession
            {
                Instructions = "hi",
                Tools = { new McpServer("docs", "https://mcp.example.com") { Authorization = McpSecret } },
            };
            await connection.Session.UpdateAsync(session);
            await connection.InputAudioBuffer.AppendAsync(new byte[] { 1, 2, 3, 4 });
            text.Append(session.ToString()).Append(connection.Session.ToString());

            ScriptedWebSocket socket = connector.LastSocket!;
            socket.EnqueueText("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad\"}}");
            socket.EnqueueText("not json");
            socket.EnqueueClose((WebSocketCloseStatus)4001, "auth expired");
            try
            {
                await foreach (ServerEvent evt in connection)
                {
                    text.Append(evt.ToString()).Append(evt.RawJson.ToString());
                }
            }
            catch (VoiceLiveConnectionClosedException ex)
            {
                text.Append(ex.ToString());
            }

            try
            {
                await connection.SendRawAsync("{\"type\":\"x\"}");
            }
            catch (VoiceLiveConnectionClosedException ex)
            {
                text.Append(ex.ToString());
            }

            await connection.DisposeAsync();
            text.Append(connection.ToString());
            return text.ToString();
        }

        private static void AssertNoSecret(string seen, CapturingLoggerProvider logs, FakeConnector connector)
        {
            string all = seen + "\n" + string.Join("\n", logs.Lines.Select(l => l.Message)) + "\n" + connector.LastUri;
            Assert.NotEmpty(logs.Lines);
            foreach (string secret in new[] { Key, Token, McpSecret })
            {
                Assert.DoesNotContain(secret, all);
            }
        }
    }
}
