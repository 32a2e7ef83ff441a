using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>ClientOptions.Retry applies to connecting; Transport and RetryPolicy, which cannot, are refused.</summary>
    public class ConnectRetryTests : ConnectionTestBase
    {
        [Theory]
        [InlineData(408)]
        [InlineData(429)]
        [InlineData(500)]
        [InlineData(502)]
        [InlineData(503)]
        [InlineData(504)]
        public async Task A_transient_refusal_is_retried_and_the_connect_succeeds(int status)
        {
            var connector = new FakeConnector();
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", status));
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", status));

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector)).OrTimeout("connect");

            Assert.Equal(3, connector.Attempts.Count);
        }

        [Theory]
        [InlineData(400)]
        [InlineData(401)]
        [InlineData(403)]
        [InlineData(404)]
        public async Task A_refusal_that_will_not_change_is_not_retried(int status)
        {
            var connector = new FakeConnector();
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", status));

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector))).OrTimeout("connect");

            Assert.Equal(status, error.Status);
            Assert.Single(connector.Attempts);
        }

        [Fact]
        public async Task A_network_failure_is_retried()
        {
            var connector = new FakeConnector();
            connector.FailFirst.Enqueue(new System.Net.Http.HttpRequestException("connection refused"));

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", OptionsWith(connector)).OrTimeout("connect");

            Assert.Equal(2, connector.Attempts.Count);
        }

        [Fact]
        public async Task MaxRetries_bounds_the_attempts_and_the_last_failure_is_thrown()
        {
            var connector = new FakeConnector { RefuseWithStatus = 503 };
            VoiceLiveClientOptions options = OptionsWith(connector, o => o.Retry.MaxRetries = 2);

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options)).OrTimeout("connect");

            Assert.Equal(503, error.Status);
            Assert.Equal(3, connector.Attempts.Count);
        }

        [Fact]
        public async Task The_delays_follow_Retry_and_RetryAfter_wins()
        {
            var connector = new FakeConnector();
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", 503));
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", 429) { RetryAfter = TimeSpan.FromSeconds(7) });
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", 503));
            var delays = new List<TimeSpan>();
            VoiceLiveClientOptions options = OptionsWith(connector, o =>
            {
                o.Retry.Mode = RetryMode.Fixed;
                o.Retry.Delay = TimeSpan.FromSeconds(2);
                o.RetryDelay = (delay, _) => { delays.Add(delay); return Task.CompletedTask; };
            });

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options).OrTimeout("connect");

            Assert.Equal(3, delays.Count);
            Assert.InRange(delays[0], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4)); // Delay with ±20 % jitter
            Assert.Equal(TimeSpan.FromSeconds(7), delays[1]);
            Assert.InRange(delays[2], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        }

        [Fact]
        public void Exponential_delays_double_and_stop_at_MaxDelay()
        {
            var retry = new VoiceLiveClientOptions().Retry;
            retry.Mode = RetryMode.Exponential;
            retry.Delay = TimeSpan.FromSeconds(1);
            retry.MaxDelay = TimeSpan.FromSeconds(5);
            var failure = new VoiceLiveConnectionException("refused", 503);
            var random = new Random(1);

            TimeSpan[] delays = Enumerable.Range(0, 5).Select(a => ConnectRetry.Delay(failure, a, retry, random)).ToArray();

            Assert.InRange(delays[0].TotalSeconds, 0.8, 1.2);
            Assert.InRange(delays[1].TotalSeconds, 1.6, 2.4);
            Assert.InRange(delays[2].TotalSeconds, 3.2, 4.8);
            Assert.Equal(TimeSpan.FromSeconds(5), delays[4]);
        }

        [Fact]
        public async Task Every_attempt_gets_a_new_token()
        {
            var credential = new CountingCredential();
            var connector = new FakeConnector();
            connector.FailFirst.Enqueue(new VoiceLiveConnectionException("refused", 503));

            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, credential, "m", OptionsWith(connector)).OrTimeout("connect");

            Assert.Equal(2, credential.Calls);
            string[] authorizations = connector.Attempts.Select(h => h.Single(x => x.Key == "Authorization").Value).ToArray();
            Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, authorizations);
        }

        [Fact]
        public async Task A_wait_that_outlasts_the_connect_timeout_ends_with_the_refusal()
        {
            var connector = new FakeConnector { RefuseWithStatus = 503 };
            VoiceLiveClientOptions options = OptionsWith(connector, o =>
            {
                o.ConnectTimeout = TimeSpan.FromMilliseconds(200);
                o.RetryDelay = (delay, token) => Task.Delay(Timeout.InfiniteTimeSpan, token);
            });

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options)).OrTimeout("connect");

            Assert.Equal(503, error.Status);
            Assert.Single(connector.Attempts);
        }

        [Fact]
        public async Task Cancelling_during_a_retry_wait_is_a_cancellation()
        {
            var connector = new FakeConnector { RefuseWithStatus = 503 };
            using var cancel = new CancellationTokenSource();
            VoiceLiveClientOptions options = OptionsWith(connector, o => o.RetryDelay = (delay, token) =>
            {
                cancel.Cancel();
                return Task.Delay(Timeout.InfiniteTimeSpan, token);
            });

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("k"), "m", options, cancel.Token)).OrTimeout("connect");
        }

        [Fact]
        public void Transport_and_RetryPolicy_are_refused_instead_of_ignored()
        {
            var withPolicy = new VoiceLiveClientOptions { RetryPolicy = new Azure.Core.Pipeline.RetryPolicy() };
            var withTransport = new VoiceLiveClientOptions { Transport = new Azure.Core.Pipeline.HttpClientTransport() };

            Assert.Contains("Retry", Assert.Throws<ArgumentException>(() => new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), withPolicy)).Message);
            Assert.Contains("Transport", Assert.Throws<ArgumentException>(() => new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), withTransport)).Message);
            _ = new VoiceLiveClient(Endpoint, new AzureKeyCredential("k"), new VoiceLiveClientOptions());
        }

        private sealed class CountingCredential : TokenCredential
        {
            private int _calls;

            public int Calls => _calls;

            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
                => new AccessToken("token-" + Interlocked.Increment(ref _calls), DateTimeOffset.UtcNow.AddHours(1));

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
                => new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
        }
    }
}
