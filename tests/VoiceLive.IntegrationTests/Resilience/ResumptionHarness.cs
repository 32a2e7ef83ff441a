using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace VoiceLive.IntegrationTests
{
    /// <summary>A token credential that counts how often it is asked: a resumed session must ask again per attempt.</summary>
    internal sealed class CountingCredential : TokenCredential
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new AccessToken("token-" + Interlocked.Increment(ref _calls), DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
    }
}
