using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace VoiceLive.Authentication
{
    /// <summary>
    /// Builds the WebSocket URL the way the Python package does: https→wss, http→ws, <c>/voice-live/realtime</c> appended
    /// to the endpoint's path, then <c>api-version</c>, <c>model</c> and agent parameters, overridden by the user's extra
    /// query parameters, and finally the endpoint's own query parameters where not already set.
    /// </summary>
    internal static class VoiceLiveUriBuilder
    {
        public const string RealtimePath = "/voice-live/realtime";

        // Query names that carry credentials. Secrets go in headers only; a URL ends up in logs, proxies and traces.
        private static readonly string[] s_secretQueryNames = { "api-key", "authorization", "access_token", "agent-access-token", "key" };

        public static Uri Build(Uri endpoint, VoiceLiveApiVersion apiVersion, string? model, AgentSessionConfig? agent, IEnumerable<KeyValuePair<string, string>> additionalQuery)
        {
            ValidateEndpoint(endpoint);

            var query = new List<KeyValuePair<string, string>>();
            Set(query, "api-version", apiVersion.ToString());
            if (model is not null)
            {
                Set(query, "model", model);
            }

            if (agent is not null)
            {
                Set(query, "agent-name", agent.AgentName);
                Set(query, "agent-project-name", agent.ProjectName);
                SetIfNotEmpty(query, "agent-version", agent.AgentVersion);
                SetIfNotEmpty(query, "conversation-id", agent.ConversationId);
                SetIfNotEmpty(query, "agent-authentication-identity-client-id", agent.AuthenticationIdentityClientId);
                SetIfNotEmpty(query, "foundry-resource-override", agent.FoundryResourceOverride);
            }

            // The user's parameters override the library's.
            foreach (KeyValuePair<string, string> pair in additionalQuery)
            {
                Set(query, pair.Key, pair.Value);
            }

            // The endpoint's own query is kept only where nothing above set the same name.
            foreach (KeyValuePair<string, string> pair in ParseQuery(endpoint.Query))
            {
                if (IndexOf(query, pair.Key) < 0)
                {
                    query.Add(pair);
                }
            }

            foreach (KeyValuePair<string, string> pair in query)
            {
                RejectSecretName(pair.Key, "options");
                HeaderValidation.RejectLineBreaks(pair.Key, "query parameter name", "options");
                HeaderValidation.RejectLineBreaks(pair.Value, $"query parameter '{pair.Key}'", "options");
            }

            var builder = new UriBuilder(endpoint)
            {
                Scheme = MapScheme(endpoint.Scheme, nameof(endpoint)),
                Path = endpoint.AbsolutePath.TrimEnd('/') + RealtimePath,
                Query = FormatQuery(query),
                Fragment = string.Empty,
            };

            // UriBuilder keeps the explicit port; drop the default one of the old scheme so wss:// does not end in :443 twice.
            if (endpoint.IsDefaultPort)
            {
                builder.Port = -1;
            }

            return builder.Uri;
        }

        /// <summary>Refuses schemes other than http(s)/ws(s), and plain-text schemes for hosts that are not loopback.</summary>
        public static void ValidateEndpoint(Uri endpoint)
        {
            if (endpoint is null)
            {
                throw new ArgumentNullException(nameof(endpoint));
            }

            if (!endpoint.IsAbsoluteUri)
            {
                throw new ArgumentException("The endpoint must be an absolute URI, for example https://<resource>.services.ai.azure.com.", nameof(endpoint));
            }

            string scheme = MapScheme(endpoint.Scheme, nameof(endpoint));
            if (scheme == "ws" && !IsLoopback(endpoint))
            {
                throw new ArgumentException(
                    $"Plain-text '{endpoint.Scheme}' is only allowed for loopback hosts (localhost, 127.0.0.1, ::1); use https:// for '{endpoint.Host}' so credentials are never sent unencrypted.",
                    nameof(endpoint));
            }

            if (!string.IsNullOrEmpty(endpoint.UserInfo))
            {
                throw new ArgumentException("The endpoint must not contain user information; pass credentials as a credential.", nameof(endpoint));
            }
        }

        private static string MapScheme(string scheme, string paramName)
        {
            switch (scheme.ToLowerInvariant())
            {
                case "https":
                case "wss":
                    return "wss";
                case "http":
                case "ws":
                    return "ws";
                default:
                    throw new ArgumentException($"The endpoint scheme '{scheme}' is not supported; use https:// (or http:// for a local emulator).", paramName);
            }
        }

        private static bool IsLoopback(Uri endpoint)
        {
            if (endpoint.IsLoopback)
            {
                return true;
            }

            string host = endpoint.IdnHost.Trim('[', ']');
            return IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address);
        }

        private static void RejectSecretName(string name, string paramName)
        {
            foreach (string secret in s_secretQueryNames)
            {
                if (string.Equals(name, secret, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(
                        $"The query parameter '{name}' carries a credential; secrets are never put in the URL. Pass an AzureKeyCredential or a TokenCredential instead.",
                        paramName);
                }
            }
        }

        private static void Set(List<KeyValuePair<string, string>> query, string name, string value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A query parameter name must not be empty.", nameof(name));
            }

            int index = IndexOf(query, name);
            var pair = new KeyValuePair<string, string>(name, value ?? string.Empty);
            if (index >= 0)
            {
                query[index] = pair;
            }
            else
            {
                query.Add(pair);
            }
        }

        private static void SetIfNotEmpty(List<KeyValuePair<string, string>> query, string name, string? value)
        {
            // Protocol: empty optional agent values are omitted, as in the Python and Java packages.
            if (!string.IsNullOrEmpty(value))
            {
                Set(query, name, value!);
            }
        }

        private static int IndexOf(List<KeyValuePair<string, string>> query, string name)
        {
            for (int i = 0; i < query.Count; i++)
            {
                if (string.Equals(query[i].Key, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private static IEnumerable<KeyValuePair<string, string>> ParseQuery(string query)
        {
            if (string.IsNullOrEmpty(query))
            {
                yield break;
            }

            foreach (string part in query.TrimStart('?').Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                int eq = part.IndexOf('=');
                string name = Uri.UnescapeDataString((eq < 0 ? part : part.Substring(0, eq)).Replace('+', ' '));
                string value = eq < 0 ? string.Empty : Uri.UnescapeDataString(part.Substring(eq + 1).Replace('+', ' '));
                yield return new KeyValuePair<string, string>(name, value);
            }
        }

        private static string FormatQuery(List<KeyValuePair<string, string>> query)
        {
            var sb = new StringBuilder();
            foreach (KeyValuePair<string, string> pair in query)
            {
                if (sb.Length > 0)
                {
                    sb.Append('&');
                }

                sb.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            }

            return sb.ToString();
        }
    }
}
