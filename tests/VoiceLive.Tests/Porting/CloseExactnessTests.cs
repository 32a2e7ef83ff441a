using System;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>How a connection ends, stated exactly: who closed it, with which status, when it is settled.</summary>
    public class CloseExactnessTests : ConnectionTestBase
    {
        [Fact]
        public async Task A_send_after_the_apps_own_close_says_the_app_closed_it()
        {
            var (connection, _) = await ConnectAsync();
            await using var _c = connection;

            await connection.CloseAsync().OrTimeout("close");
            var error = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.Session.UpdateAsync(new RequestSession()));

            Assert.StartsWith("The app closed this connection", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Voice Live closed", error.Message, StringComparison.Ordinal);
            Assert.Equal(1000, error.CloseStatus);
        }

        [Fact]
        public async Task The_close_log_line_names_a_missing_reason_instead_of_printing_null()
        {
            using var logs = new CapturingLoggerProvider();
            var (connection, socket) = await ConnectAsync(configure: o => o.LoggerFactory = logs.CreateFactory());
            await using var _c = connection;
            socket.EnqueueClose(WebSocketCloseStatus.NormalClosure, null);

            await foreach (ServerEvent _ in connection)
            {
            }

            string closed = logs.Lines.Single(l => l.Id.Id == 10).Message;
            Assert.DoesNotContain("(null)", closed, StringComparison.Ordinal);
            Assert.Contains("no reason given", closed, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Every_caller_after_a_close_gets_its_own_exception_with_the_original_inside()
        {
            var (connection, socket) = await ConnectAsync();
            await using var _c = connection;
            socket.EnqueueClose(WebSocketCloseStatus.InternalServerError, "boom");
            var received = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(async () =>
            {
                await foreach (ServerEvent _ in connection)
                {
                }
            });

            var first = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.InputAudioBuffer.CommitAsync());
            var second = await Assert.ThrowsAsync<VoiceLiveConnectionClosedException>(() => connection.InputAudioBuffer.CommitAsync());

            Assert.NotSame(first, second);
            Assert.NotSame(received, first);
            Assert.NotNull(first.InnerException);
            Assert.Same(first.InnerException, second.InnerException);
            Assert.Same(received.InnerException, first.InnerException);
            Assert.All(new[] { received, first, second }, e => Assert.Equal((1011, "boom"), (e.CloseStatus, e.CloseStatusDescription)));
        }

        [Fact]
        public async Task CloseStatus_is_settled_when_a_timed_out_CloseAsync_returns()
        {
            var (connection, socket) = await ConnectAsync(s => s.EchoClose = false, o => o.CloseTimeout = TimeSpan.FromMilliseconds(100));
            await using var _c = connection;

            await connection.CloseAsync().OrTimeout("close");

            Assert.Equal((WebSocketCloseStatus)VoiceLiveConnectionClosedException.AbnormalClosure, connection.CloseStatus);
            Assert.False(connection.IsOpen);
        }

        [Fact]
        public async Task A_credential_that_ignores_cancellation_cannot_stretch_ConnectTimeout()
        {
            var connector = new FakeConnector();
            VoiceLiveClientOptions options = OptionsWith(connector, o => o.ConnectTimeout = TimeSpan.FromMilliseconds(200));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(Endpoint, new DeafCredential(), "m", options)).OrTimeout("a connect bounded by ConnectTimeout");

            Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
            Assert.Empty(connector.Attempts);
        }

        [Fact]
        public async Task A_close_frame_whose_reason_is_not_UTF8_is_a_protocol_error_not_a_lost_connection()
        {
            using var server = new RawHttpServer();
            byte[] sessionCreated = HttpUpgradeConnectorTests.TextFrame("{\"type\":\"session.created\",\"session\":{\"id\":\"s\"}}");
            byte[] badClose = { 0x88, 0x04, 0x03, 0xE8, 0xFF, 0xFE };
            Task<string> request = server.AnswerAsync(key => HttpUpgradeConnectorTests.SwitchingProtocols(key), frameAfterHeaders: sessionCreated.Concat(badClose).ToArray());
            var options = new VoiceLiveClientOptions { CloseTimeout = TimeSpan.FromSeconds(2) };
            Uri endpoint = new Uri(server.Uri("/").GetLeftPart(UriPartial.Authority).Replace("ws://", "http://", StringComparison.Ordinal));

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential("k"), "m", options).OrTimeout("connect");
            await request.OrTimeout("the upgrade request");
            Exception error = await Assert.ThrowsAnyAsync<VoiceLiveException>(async () =>
            {
                await foreach (ServerEvent _ in connection)
                {
                }
            });

            Assert.IsType<VoiceLiveProtocolException>(error);
            Assert.DoesNotContain("1006", error.Message, StringComparison.Ordinal);
            Assert.Equal(WebSocketCloseStatus.ProtocolError, connection.CloseStatus);
        }

        /// <summary>A credential that never answers and ignores its cancellation token.</summary>
        private sealed class DeafCredential : TokenCredential
        {
            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
                => throw new NotSupportedException();

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
                => new ValueTask<AccessToken>(new TaskCompletionSource<AccessToken>().Task);
        }
    }
}
