using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    /// <summary>The service's checks on the upgrade request: fault refusals, credentials, required query parameters.</summary>
    internal static class Handshake
    {
        internal sealed class Result
        {
            public required IReadOnlyDictionary<string, string> Query { get; init; }

            public required IReadOnlyDictionary<string, string> Headers { get; init; }

            public required EmulatorFaults Faults { get; init; }

            public required EmulatorAudioPacing Pacing { get; init; }

            public required EmulatorBenchmark Benchmark { get; init; }

            public string? Model { get; init; }

            public string? AgentName { get; init; }

            public string? AgentProjectName { get; init; }
        }

        public static async Task<Result?> ValidateAsync(HttpContext context, VoiceLiveEmulatorOptions options, int attempt)
        {
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in context.Request.Query)
            {
                query[pair.Key] = pair.Value.Count > 0 ? pair.Value[0] ?? string.Empty : string.Empty;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in context.Request.Headers)
            {
                headers[pair.Key.ToLowerInvariant()] = pair.Value.ToString();
            }

            EmulatorFaults faults = (options.FaultSelector?.Invoke(attempt) ?? options.Faults ?? new EmulatorFaults()).Clone();
            EmulatorBenchmark benchmark = (options.Benchmark ?? new EmulatorBenchmark()).Clone();
            EmulatorAudioPacing pacing = options.AudioPacing;
            try
            {
                faults.ApplyQuery(query);
                benchmark.ApplyQuery(query);
                if (query.TryGetValue(EmulatorQueryParameters.Pacing, out string? pace))
                {
                    pacing = pace switch
                    {
                        "realtime" => EmulatorAudioPacing.RealTime,
                        "fast" => EmulatorAudioPacing.AsFastAsPossible,
                        _ => throw new FormatException($"Unknown {EmulatorQueryParameters.Pacing} value '{pace}'; use realtime or fast."),
                    };
                }
            }
            catch (FormatException e)
            {
                await RejectAsync(context, StatusCodes.Status400BadRequest, "InvalidEmulatorParameter", e.Message).ConfigureAwait(false);
                return null;
            }

            if (faults.FaultConnections > 0 && attempt >= faults.FaultConnections)
            {
                faults.Kind = EmulatorFaultKind.None;
                if (query.TryGetValue(EmulatorQueryParameters.Fault, out string? named) && EmulatorBenchmark.IsModeName(named))
                {
                    // A mode chosen through emulator-fault is limited by emulator-fault-connections like a fault.
                    benchmark.Mode = EmulatorBenchmarkMode.None;
                }
            }

            bool refusedByCount = attempt >= faults.RefuseFrom && attempt < faults.RefuseFrom + faults.RefuseCount;
            int? refuse = options.RefuseUpgradeStatusCode ?? (faults.Kind == EmulatorFaultKind.RefuseUpgrade || refusedByCount ? faults.RefuseStatusCode : null);
            if (refuse is int status)
            {
                await RejectAsync(context, status, "EmulatorRefused", $"The emulator refuses this upgrade with {status} as asked.").ConfigureAwait(false);
                return null;
            }

            string? authFailure = CheckCredential(headers, query, options);
            if (authFailure is not null)
            {
                await RejectAsync(context, StatusCodes.Status401Unauthorized, "PermissionDenied", authFailure).ConfigureAwait(false);
                return null;
            }

            query.TryGetValue("model", out string? model);
            query.TryGetValue("agent-name", out string? agentName);
            query.TryGetValue("agent-project-name", out string? agentProject);
            string? queryFailure = !query.TryGetValue("api-version", out string? version) || string.IsNullOrWhiteSpace(version)
                ? "Missing required query parameter 'api-version'."
                : string.IsNullOrWhiteSpace(model) && (string.IsNullOrWhiteSpace(agentName) || string.IsNullOrWhiteSpace(agentProject))
                    ? "Missing required query parameter 'model' (or both 'agent-name' and 'agent-project-name' for an agent session)."
                    : null;
            if (queryFailure is not null)
            {
                await RejectAsync(context, StatusCodes.Status400BadRequest, "BadRequest", queryFailure).ConfigureAwait(false);
                return null;
            }

            if (!context.WebSockets.IsWebSocketRequest)
            {
                await RejectAsync(context, StatusCodes.Status400BadRequest, "BadRequest", "Expected a WebSocket upgrade request.").ConfigureAwait(false);
                return null;
            }

            return new Result
            {
                Query = query,
                Headers = headers,
                Faults = faults,
                Pacing = pacing,
                Benchmark = benchmark,
                Model = string.IsNullOrWhiteSpace(model) ? null : model,
                AgentName = agentName,
                AgentProjectName = agentProject,
            };
        }

        public static async Task RejectAsync(HttpContext context, int status, string code, string message)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var body = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
            await context.Response.WriteAsync(body.ToJsonString()).ConfigureAwait(false);
        }

        private static string? CheckCredential(Dictionary<string, string> headers, Dictionary<string, string> query, VoiceLiveEmulatorOptions options)
        {
            // Protocol: browsers cannot set headers, so the service also reads api-key and authorization from the query.
            string? key = headers.TryGetValue("api-key", out string? headerKey) ? headerKey : query.GetValueOrDefault("api-key");
            string? authorization = headers.TryGetValue("authorization", out string? headerAuth) ? headerAuth : query.GetValueOrDefault("authorization");
            string? token = null;
            if (authorization is not null
                && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                token = authorization.Substring(7).Trim();
            }

            bool hasKey = !string.IsNullOrEmpty(key);
            bool hasToken = !string.IsNullOrEmpty(token);
            if (!hasKey && !hasToken)
            {
                return "Access denied: supply an 'api-key' header or 'Authorization: Bearer <token>'.";
            }

            bool anyAccepted = options.ApiKey is null && options.BearerToken is null;
            bool keyOk = hasKey && (anyAccepted || (options.ApiKey is not null && key == options.ApiKey));
            bool tokenOk = hasToken && (anyAccepted || (options.BearerToken is not null && token == options.BearerToken));
            return keyOk || tokenOk ? null : "Access denied due to invalid subscription key or wrong API endpoint, or an invalid or expired token.";
        }
    }
}
