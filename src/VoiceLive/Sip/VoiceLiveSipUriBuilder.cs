using System;
using System.Collections.Generic;
using VoiceLive.Authentication;

namespace VoiceLive.Sip
{
    /// <summary>Builds the SIP call-attach WebSocket URL: <c>wss://…/voice-agent/realtime/sip/calls?api-version=…&amp;call_id=…&amp;audio=…</c>.</summary>
    internal static class VoiceLiveSipUriBuilder
    {
        public const string CallsPath = "/voice-agent/realtime/sip/calls";

        public static Uri BuildCallUri(Uri endpoint, string callId, bool audio, IEnumerable<KeyValuePair<string, string>> additionalQuery)
        {
            // The realtime builder does the scheme mapping, the secret-name and line-break checks and the override order;
            // its path and model query are then replaced by the attach path and call parameters.
            var query = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["call_id"] = callId,
                ["audio"] = audio ? "true" : "false",
            };
            foreach (KeyValuePair<string, string> pair in additionalQuery)
            {
                query[pair.Key] = pair.Value;
            }

            Uri realtime = VoiceLiveUriBuilder.Build(endpoint, VoiceLiveApiVersion.V2026_07_31_Preview, null, null, query);
            var builder = new UriBuilder(realtime)
            {
                Path = realtime.AbsolutePath.Remove(realtime.AbsolutePath.Length - VoiceLiveUriBuilder.RealtimePath.Length) + CallsPath,
            };
            if (realtime.IsDefaultPort)
            {
                builder.Port = -1;
            }

            return builder.Uri;
        }
    }
}
