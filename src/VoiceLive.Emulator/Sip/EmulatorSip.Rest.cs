using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    public sealed partial class EmulatorSip
    {
        /// <summary>Routes one request under <see cref="BasePath"/>: credential and api-version checks, then the operation.</summary>
        internal async Task HandleAsync(HttpContext context)
        {
            string path = context.Request.Path.Value!.Substring(BasePath.Length).TrimEnd('/');
            string method = context.Request.Method;
            string[] parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (!Authorized(context))
            {
                await ProblemAsync(context, 401, "unauthorized", "Supply an 'api-key' header or 'Authorization: Bearer <token>'.").ConfigureAwait(false);
                return;
            }

            if (string.IsNullOrWhiteSpace(context.Request.Query["api-version"]))
            {
                await ProblemAsync(context, 400, "missing_api_version", "The 'api-version' query parameter is required.").ConfigureAwait(false);
                return;
            }

            Task handled = (method, parts.Length > 0 ? parts[0] : string.Empty, parts.Length) switch
            {
                ("GET", "calls", 1) => AttachAsync(context),
                ("POST", "calls", 3) => CallActionAsync(context, Uri.UnescapeDataString(parts[1]), parts[2]),
                ("POST", "webhooks", 1) => CreateWebhookAsync(context),
                ("GET", "webhooks", 1) => ListWebhooksAsync(context),
                ("GET", "webhooks", 2) => GetWebhookAsync(context, parts[1]),
                ("POST", "webhooks", 2) => UpdateWebhookAsync(context, parts[1]),
                ("DELETE", "webhooks", 2) => DeleteWebhookAsync(context, parts[1]),
                ("POST", "webhooks", 3) when parts[2] == "rotate_secret" => RotateSecretAsync(context, parts[1]),
                ("POST", "configurations", 1) => UpsertConfigurationAsync(context),
                _ => ProblemAsync(context, 404, "not_found", $"No SIP operation {method} {context.Request.Path}."),
            };
            await handled.ConfigureAwait(false);
        }

        private bool Authorized(HttpContext context)
        {
            string? key = context.Request.Headers["api-key"];
            string? authorization = context.Request.Headers.Authorization;
            string? token = authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization.Substring(7).Trim() : null;
            VoiceLiveEmulatorOptions options = _emulator.Options;
            bool any = options.ApiKey is null && options.BearerToken is null;
            return (!string.IsNullOrEmpty(key) && (any || key == options.ApiKey))
                || (!string.IsNullOrEmpty(token) && (any || token == options.BearerToken));
        }

        /// <summary>Reads the JSON object body, or answers 400 and returns null.</summary>
        private static async Task<JsonObject?> ReadBodyAsync(HttpContext context)
        {
            try
            {
                JsonNode? node = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
                if (node is JsonObject body)
                {
                    return body;
                }
            }
            catch (JsonException)
            {
                // Answered below: a body that is not JSON is the client's error.
            }

            await ProblemAsync(context, 400, "invalid_request", "The body must be a JSON object.").ConfigureAwait(false);
            return null;
        }

        private static Task JsonAsync(HttpContext context, int status, JsonNode body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body.ToJsonString(EmulatorJson.Options));
        }

        /// <summary>Answers with the service's problem-details error body (<c>SipErrorResponse</c>).</summary>
        internal static Task ProblemAsync(HttpContext context, int status, string code, string detail, EmulatorSipCall? call = null, IDictionary<string, string>? fieldErrors = null)
        {
            var body = new JsonObject
            {
                ["type"] = "https://aka.ms/voicelive/sip/errors/" + code,
                ["title"] = code.Replace('_', ' '),
                ["status"] = status,
                ["detail"] = detail,
                ["instance"] = context.Request.Path.Value,
                ["code"] = code,
                ["retryable"] = status >= 500 || status == 429,
                ["trace_id"] = context.TraceIdentifier,
            };
            if (call is not null)
            {
                body["call_id"] = call.CallId;
                body["state"] = call.State;
            }

            if (fieldErrors is not null)
            {
                var errors = new JsonObject();
                foreach (KeyValuePair<string, string> pair in fieldErrors)
                {
                    errors[pair.Key] = new JsonArray(pair.Value);
                }

                body["errors"] = errors;
            }

            return JsonAsync(context, status, body);
        }
    }
}
