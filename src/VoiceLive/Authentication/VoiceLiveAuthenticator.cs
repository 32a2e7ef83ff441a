using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;

namespace VoiceLive.Authentication
{
    /// <summary>
    /// Turns the client's credential into the upgrade request's authentication header: <c>api-key</c> for an
    /// <see cref="AzureKeyCredential"/>, <c>Authorization: Bearer</c> for a <see cref="TokenCredential"/> (a token is
    /// requested on every connect, so a reconnect never reuses an expired one).
    /// </summary>
    internal sealed class VoiceLiveAuthenticator
    {
        private readonly AzureKeyCredential? _keyCredential;
        private readonly TokenCredential? _tokenCredential;
        private readonly string[] _scopes;

        public VoiceLiveAuthenticator(AzureKeyCredential keyCredential)
        {
            _keyCredential = keyCredential ?? throw new ArgumentNullException(nameof(keyCredential));
            _scopes = Array.Empty<string>();
        }

        public VoiceLiveAuthenticator(TokenCredential tokenCredential, IEnumerable<string> scopes)
        {
            _tokenCredential = tokenCredential ?? throw new ArgumentNullException(nameof(tokenCredential));
            _scopes = new List<string>(scopes).ToArray();
            if (_scopes.Length == 0)
            {
                throw new ArgumentException("At least one credential scope is required for a TokenCredential.", nameof(scopes));
            }
        }

        /// <summary>The header that authenticates one connection attempt.</summary>
        public async ValueTask<KeyValuePair<string, string>> GetHeaderAsync(string clientRequestId, CancellationToken cancellationToken)
        {
            if (_keyCredential is not null)
            {
                string key = _keyCredential.Key;
                HeaderValidation.RejectLineBreaks(key, "API key", "credential");
                return new KeyValuePair<string, string>("api-key", key);
            }

            AccessToken token;
            try
            {
                token = await _tokenCredential!.GetTokenAsync(new TokenRequestContext(_scopes, clientRequestId), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // The credential's own message is about the credential (tenant, scopes), never the token itself.
                throw new VoiceLiveConnectionException(
                    $"The credential could not provide a token for scopes '{string.Join(" ", _scopes)}': {ex.Message}",
                    status: 0,
                    clientRequestId: clientRequestId,
                    innerException: ex);
            }

            if (string.IsNullOrEmpty(token.Token))
            {
                throw new VoiceLiveConnectionException("The credential returned an empty token.", 0, clientRequestId);
            }

            HeaderValidation.RejectLineBreaks(token.Token, "access token", "credential");
            return new KeyValuePair<string, string>("Authorization", "Bearer " + token.Token);
        }
    }
}
