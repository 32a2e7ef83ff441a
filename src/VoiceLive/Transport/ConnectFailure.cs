using System;

namespace VoiceLive.Transport
{
    /// <summary>The message of a failed WebSocket upgrade: what the status means for the app, never a secret.</summary>
    internal static class ConnectFailure
    {
        /// <summary>Describes a refused upgrade (<paramref name="status"/> is its HTTP status, 0 when there was none).</summary>
        public static string Describe(Uri uri, int status, string detail)
        {
            // The URI never carries a secret (VoiceLiveUriBuilder refuses credentials in the query).
            string where = uri.GetLeftPart(UriPartial.Path);
            return status switch
            {
                0 => $"Could not open the WebSocket to {where}: {detail}",
                401 => $"The service refused the connection to {where} with 401 Unauthorized: check the API key or the token's scope and audience.",
                403 => $"The service refused the connection to {where} with 403 Forbidden: the identity lacks a role on the resource (for example Cognitive Services User).",
                404 => $"The service refused the connection to {where} with 404 Not Found: check the endpoint, the api-version and the model or agent name.",
                429 => $"The service refused the connection to {where} with 429 Too Many Requests: retry later.",
                _ => $"The service refused the connection to {where} with HTTP status {status}.",
            };
        }
    }
}
