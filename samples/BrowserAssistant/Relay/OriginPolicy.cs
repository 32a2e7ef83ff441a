using System;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// Decides whether a page may open the relay. Browsers send <c>Origin</c> on every WebSocket upgrade and a page
    /// cannot forge it, so checking it stops other sites from using this server's Voice Live credential through a
    /// visitor's browser (cross-site WebSocket hijacking). A request without <c>Origin</c> is refused.
    /// </summary>
    public static class OriginPolicy
    {
        /// <summary>True when the request's <c>Origin</c> is listed, or (with an empty list) names the requested host.</summary>
        public static bool IsAllowed(HttpRequest request, RelayOptions options)
        {
            string? origin = request.Headers.Origin;
            if (string.IsNullOrEmpty(origin) || !Uri.TryCreate(origin, UriKind.Absolute, out Uri? originUri)
                || (originUri.Scheme != Uri.UriSchemeHttp && originUri.Scheme != Uri.UriSchemeHttps))
            {
                return false;
            }

            if (options.AllowedOrigins.Length > 0)
            {
                foreach (string allowed in options.AllowedOrigins)
                {
                    if (Uri.TryCreate(allowed, UriKind.Absolute, out Uri? allowedUri)
                        && string.Equals(allowedUri.Scheme, originUri.Scheme, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(allowedUri.Host, originUri.Host, StringComparison.OrdinalIgnoreCase)
                        && allowedUri.Port == originUri.Port)
                    {
                        return true;
                    }
                }

                return false;
            }

            // Same host: behind a reverse proxy this is the public host, provided the proxy forwards Host unchanged.
            HostString host = request.Host;
            int requestPort = host.Port ?? originUri.Port;
            return string.Equals(host.Host, originUri.Host, StringComparison.OrdinalIgnoreCase) && requestPort == originUri.Port;
        }
    }
}
