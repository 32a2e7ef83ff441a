using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    public sealed partial class EmulatorSip
    {
        private async Task CallActionAsync(HttpContext context, string callId, string action)
        {
            EmulatorSipCall? call = FindCall(callId);
            if (call is null)
            {
                await ProblemAsync(context, 404, "call_not_found", $"There is no call '{callId}'.").ConfigureAwait(false);
                return;
            }

            JsonObject? body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return;
            }

            Task handled = action switch
            {
                "accept" => AcceptAsync(context, call, body),
                "reject" => RejectAsync(context, call, body),
                "refer" => ReferAsync(context, call, body),
                "hangup" => HangupAsync(context, call, body),
                _ => ProblemAsync(context, 404, "not_found", $"No call operation '{action}'."),
            };
            await handled.ConfigureAwait(false);
        }

        private async Task AcceptAsync(HttpContext context, EmulatorSipCall call, JsonObject body)
        {
            if (!TryTransition(call, "WaitingForCustomer", "Accepted"))
            {
                await InvalidStateAsync(context, call, "accept").ConfigureAwait(false);
                return;
            }

            call.AcceptConfiguration = body.ToJsonString(EmulatorJson.Options);
            call.SessionId = Ids.New("sess_");
            await JsonAsync(context, 200, new JsonObject { ["call_id"] = call.CallId, ["state"] = "Accepted", ["voice_live_session_id"] = call.SessionId }).ConfigureAwait(false);

            // The runtime is configured at once in the emulator: the call connects right after the answer.
            call.State = "Connected";
            await PublishAsync(call, "realtime.call.connected").ConfigureAwait(false);
        }

        private async Task RejectAsync(HttpContext context, EmulatorSipCall call, JsonObject body)
        {
            if (!TryTransition(call, "WaitingForCustomer", "Disconnected"))
            {
                await InvalidStateAsync(context, call, "reject").ConfigureAwait(false);
                return;
            }

            call.TerminalReason = "Rejected";
            await JsonAsync(context, 200, new JsonObject { ["call_id"] = call.CallId, ["state"] = call.State, ["terminal_reason"] = call.TerminalReason }).ConfigureAwait(false);
            await PublishAsync(call, "realtime.call.disconnected").ConfigureAwait(false);
            await CloseAttachedAsync(call).ConfigureAwait(false);
        }

        private async Task ReferAsync(HttpContext context, EmulatorSipCall call, JsonObject body)
        {
            string? target = body["target_uri"] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
            if (string.IsNullOrWhiteSpace(target) || !target.StartsWith("sip:", System.StringComparison.OrdinalIgnoreCase) && !target.StartsWith("tel:", System.StringComparison.OrdinalIgnoreCase))
            {
                await ProblemAsync(context, 400, "invalid_request", "target_uri must be a sip: or tel: URI.", call, new Dictionary<string, string> { ["target_uri"] = "A sip: or tel: URI is required." }).ConfigureAwait(false);
                return;
            }

            if (!TryTransition(call, "Connected", "Transferring"))
            {
                await InvalidStateAsync(context, call, "refer").ConfigureAwait(false);
                return;
            }

            call.TransferTarget = target;
            string transferId = Ids.New("xfer_");
            await JsonAsync(context, 202, new JsonObject { ["call_id"] = call.CallId, ["transfer_id"] = transferId, ["state"] = "Transferring" }).ConfigureAwait(false);

            // Emulator rule: a target whose user part contains "busy" answers 486, so the failure path can be tested.
            if (target.Contains("busy", System.StringComparison.OrdinalIgnoreCase))
            {
                call.State = "Connected";
                await PublishAsync(call, "realtime.call.transfer.failed", new JsonObject { ["transfer_id"] = transferId, ["sip_code"] = 486, ["reason"] = "Busy Here" }).ConfigureAwait(false);
                return;
            }

            await PublishAsync(call, "realtime.call.transfer.succeeded", new JsonObject { ["transfer_id"] = transferId, ["sip_code"] = 202, ["reason"] = "Accepted" }).ConfigureAwait(false);
            call.State = "Disconnected";
            call.TerminalReason = "TransferSucceeded";
            await PublishAsync(call, "realtime.call.disconnected").ConfigureAwait(false);
            await CloseAttachedAsync(call).ConfigureAwait(false);
        }

        private async Task HangupAsync(HttpContext context, EmulatorSipCall call, JsonObject body)
        {
            bool ended;
            lock (_gate)
            {
                ended = call.IsEnded || call.State == "WaitingForCustomer";
                if (!ended)
                {
                    call.State = "Disconnected";
                    call.TerminalReason = "CustomerHangup";
                }
            }

            if (ended)
            {
                await InvalidStateAsync(context, call, "hangup").ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = 204;
            await context.Response.CompleteAsync().ConfigureAwait(false);
            await PublishAsync(call, "realtime.call.disconnected").ConfigureAwait(false);
            await CloseAttachedAsync(call).ConfigureAwait(false);
        }

        private bool TryTransition(EmulatorSipCall call, string from, string to)
        {
            lock (_gate)
            {
                if (call.State != from)
                {
                    return false;
                }

                call.State = to;
                return true;
            }
        }

        private static Task InvalidStateAsync(HttpContext context, EmulatorSipCall call, string action)
            => ProblemAsync(context, 409, "invalid_call_state", $"The call is {call.State}; '{action}' is not allowed in that state.", call);
    }
}
