using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    public sealed partial class EmulatorSip
    {
        /// <summary>
        /// <c>GET …/sip/calls?call_id=…&amp;audio=…</c>: a WebSocket attached to a live call, run as an ordinary emulated
        /// session (speech in, assistant audio out). After <c>session.created</c> the connection gets the call's current
        /// state as its <c>realtime.call.*</c> event, then every later one.
        /// </summary>
        private async Task AttachAsync(HttpContext context)
        {
            string? callId = context.Request.Query["call_id"];
            EmulatorSipCall? call = string.IsNullOrEmpty(callId) ? null : FindCall(callId);
            if (call is null || call.IsEnded)
            {
                await ProblemAsync(context, 404, "call_not_found", $"There is no live call '{callId}'.", call).ConfigureAwait(false);
                return;
            }

            if (!context.WebSockets.IsWebSocketRequest)
            {
                await ProblemAsync(context, 400, "invalid_request", "Expected a WebSocket upgrade request.", call).ConfigureAwait(false);
                return;
            }

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

            var accepted = new Handshake.Result
            {
                Query = query,
                Headers = headers,
                Faults = new EmulatorFaults(),
                Benchmark = new EmulatorBenchmark(),
                Pacing = query.GetValueOrDefault(EmulatorQueryParameters.Pacing) == "fast" ? EmulatorAudioPacing.AsFastAsPossible : _emulator.Options.AudioPacing,
                Model = AcceptedModel(call) ?? "gpt-realtime",
            };
            await _emulator.RunSessionAsync(context, accepted, async connection =>
            {
                call.Attach(connection);
                string type = call.State == "WaitingForCustomer" ? "realtime.call.incoming" : "realtime.call.connected";
                await SendToConnectionAsync(connection, type, new JsonObject
                {
                    ["call_id"] = call.CallId,
                    ["chain_id"] = call.ChainId,
                    ["state"] = call.State,
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        private static string? AcceptedModel(EmulatorSipCall call)
        {
            return call.AcceptConfiguration is string json && JsonNode.Parse(json)?["model"] is JsonValue model && model.TryGetValue(out string? name) ? name : null;
        }
    }
}
