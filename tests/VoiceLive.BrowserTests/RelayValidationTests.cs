using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using VoiceLive.Samples.BrowserAssistant;
using Xunit;

namespace VoiceLive.BrowserTests
{
    [Trait("Category", "Relay")]
    public sealed class RelayValidationTests
    {
        [Fact]
        public void TokenBucket_AllowsABurstOfItsCapacity_ThenRefillsAtItsRate()
        {
            var time = new FakeTimeProvider();
            var bucket = new TokenBucket(ratePerSecond: 10, capacity: 5, time);

            for (int i = 0; i < 5; i++)
            {
                Assert.True(bucket.TryTake(1));
            }

            Assert.False(bucket.TryTake(1));
            time.Advance(TimeSpan.FromMilliseconds(250)); // 2.5 tokens
            Assert.True(bucket.TryTake(2));
            Assert.False(bucket.TryTake(1));
            time.Advance(TimeSpan.FromSeconds(10)); // refills to the capacity, not beyond
            Assert.False(bucket.TryTake(6));
            Assert.True(bucket.TryTake(5));
        }

        [Theory]
        [InlineData("http://localhost:5000", "localhost:5000", true)]
        [InlineData("http://LOCALHOST:5000", "localhost:5000", true)]
        [InlineData("https://app.example", "app.example", true)]
        [InlineData("http://localhost:5001", "localhost:5000", false)]
        [InlineData("http://evil.example", "localhost:5000", false)]
        [InlineData("file://localhost", "localhost", false)]
        [InlineData("null", "localhost:5000", false)]
        [InlineData("", "localhost:5000", false)]
        public void OriginPolicy_WithoutAList_AllowsOnlyTheRequestedHost(string origin, string host, bool allowed)
        {
            var context = new DefaultHttpContext();
            context.Request.Host = new HostString(host);
            if (origin.Length > 0)
            {
                context.Request.Headers.Origin = origin;
            }

            Assert.Equal(allowed, OriginPolicy.IsAllowed(context.Request, new RelayOptions()));
        }

        [Theory]
        [InlineData("https://app.example", true)]
        [InlineData("https://app.example:443", true)]
        [InlineData("http://app.example", false)]
        [InlineData("https://app.example:8443", false)]
        [InlineData("https://other.example", false)]
        public void OriginPolicy_WithAList_AllowsOnlyListedOrigins(string origin, bool allowed)
        {
            var context = new DefaultHttpContext();
            context.Request.Host = new HostString("relay.internal:8080");
            context.Request.Headers.Origin = origin;

            Assert.Equal(allowed, OriginPolicy.IsAllowed(context.Request, new RelayOptions { AllowedOrigins = new[] { "https://app.example" } }));
        }
    }
}
