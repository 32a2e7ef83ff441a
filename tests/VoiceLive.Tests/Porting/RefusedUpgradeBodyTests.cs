using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>A refused upgrade keeps what the service said: error code and message (bounded, no secret) and Retry-After.</summary>
    public class RefusedUpgradeBodyTests
    {
        private static readonly WebSocketSettings Settings = new WebSocketSettings(TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan, "request-1");

        [Fact]
        public async Task The_services_error_and_Retry_After_are_on_the_exception()
        {
            using var server = new RawHttpServer();
            const string body = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Rate limit of 10 sessions exceeded for key k-secret-123.\"}}";
            Task<string> request = server.AnswerAsync(_ => $"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 12\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime"), ("api-key", "k-secret-123")));

            await request.OrTimeout("the upgrade request");
            Assert.Equal(429, error.Status);
            Assert.Equal("TooManyRequests", error.ErrorCode);
            Assert.Equal("Rate limit of 10 sessions exceeded for key [redacted].", error.ErrorMessage);
            Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
            Assert.Contains("TooManyRequests", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("k-secret-123", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_long_plain_text_body_is_cut_and_a_bearer_token_is_not_echoed()
        {
            using var server = new RawHttpServer();
            string body = "denied for Bearer tok.abc.def " + new string('x', 5000);
            Task<string> request = server.AnswerAsync(_ => $"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\n\r\n{body}");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => Connect(server.Uri("/voice-live/realtime"), ("Authorization", "Bearer tok.abc.def")));

            await request.OrTimeout("the upgrade request");
            Assert.Null(error.ErrorCode);
            Assert.NotNull(error.ErrorMessage);
            Assert.True(error.ErrorMessage!.Length <= RefusedUpgrade.MaxMessageChars + 1, error.ErrorMessage.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain("tok.abc.def", error.ToString(), StringComparison.Ordinal);
            Assert.Null(error.RetryAfter);
        }

        [Fact]
        public void Retry_After_as_a_date_becomes_the_time_until_then()
        {
            var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

            Assert.Equal(TimeSpan.FromSeconds(30), RefusedUpgrade.RetryAfter(null, now.AddSeconds(30), now));
            Assert.Equal(TimeSpan.Zero, RefusedUpgrade.RetryAfter(null, now.AddSeconds(-30), now));
            Assert.Null(RefusedUpgrade.RetryAfter(null, null, now));
        }

        private static Task<System.Net.WebSockets.WebSocket> Connect(Uri uri, params (string Name, string Value)[] headers)
        {
            var list = new List<KeyValuePair<string, string>>();
            foreach ((string name, string value) in headers)
            {
                list.Add(new KeyValuePair<string, string>(name, value));
            }

            return HttpUpgradeConnector.Instance.ConnectAsync(uri, list, Settings, TestTimeouts.Token()).OrTimeout("connect");
        }
    }
}
