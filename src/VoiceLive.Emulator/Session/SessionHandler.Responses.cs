using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>Response lifecycle: <c>response.create</c>/<c>response.cancel</c>, one active response at a time, and <c>response.done</c>.</summary>
    internal sealed partial class SessionHandler
    {
        private ResponseRun? _active;

        private async Task HandleResponseCreateAsync(JsonObject evt, string? eventId)
        {
            await StartResponseAsync(evt["response"] as JsonObject, eventId, GetString(evt, "additional_instructions")).ConfigureAwait(false);
        }

        private async Task HandleResponseCancelAsync(JsonObject evt, string? eventId)
        {
            string? responseId = GetString(evt, "response_id");
            ResponseRun? run;
            lock (_gate)
            {
                run = _active;
            }

            if (run is null || (responseId is not null && responseId != run.Id))
            {
                await SendErrorAsync("response_cancel_not_active", "Cancellation failed: no active response found.", responseId is null ? null : "response_id", eventId).ConfigureAwait(false);
                return;
            }

            await CancelActiveResponseAsync("client_cancelled").ConfigureAwait(false);
        }

        private async Task StartResponseAsync(JsonObject? parameters, string? eventId, string? additionalInstructions = null)
        {
            bool busy;
            lock (_gate)
            {
                busy = _active is not null;
            }

            if (busy && parameters?["cancel_previous"] is JsonValue cp && cp.TryGetValue(out bool cancelPrevious) && cancelPrevious)
            {
                await CancelActiveResponseAsync("client_cancelled").ConfigureAwait(false);
            }

            string? format = parameters?["output_audio_format"] is JsonValue f && f.TryGetValue(out string? fs) ? fs : null;
            if (parameters?["output_audio_format"] is not null && format is not ("pcm16" or "pcm16_8000hz" or "pcm16_16000hz" or "g711_ulaw" or "g711_alaw"))
            {
                await SendErrorAsync("invalid_value", "Invalid response.output_audio_format; supported values are pcm16, pcm16_8000hz, pcm16_16000hz, g711_ulaw, g711_alaw.", "response.output_audio_format", eventId).ConfigureAwait(false);
                return;
            }

            string? activeId;
            lock (_gate)
            {
                activeId = _active?.Id;
            }

            if (activeId is not null)
            {
                // Protocol: a response stays active until its response.done is sent; the active one goes on unaffected.
                string message = $"Conversation already has an active response in progress: {activeId}. Wait until the response is finished before creating a new one.";
                await SendErrorAsync("conversation_already_has_active_response", message, null, eventId).ConfigureAwait(false);
                return;
            }

            if (parameters?["append_input_items"] is JsonArray appended)
            {
                foreach (JsonObject request in appended.OfType<JsonObject>())
                {
                    (ConversationItem? item, string? failure) = BuildItem(request);
                    if (item is null)
                    {
                        await SendErrorAsync("invalid_value", failure!, "response.append_input_items", eventId).ConfigureAwait(false);
                        return;
                    }

                    string? previous;
                    lock (_gate)
                    {
                        previous = _conversation.Append(item);
                    }

                    await SendItemCreatedAsync(previous, (JsonObject)item.Item.DeepClone()).ConfigureAwait(false);
                }
            }

            ResponseRun run = CreateRun(parameters, additionalInstructions);
            lock (_gate)
            {
                _active = run;
                run.Task = Task.Run(() => _runResponse(run));
            }
        }

        private ResponseRun CreateRun(JsonObject? parameters, string? additionalInstructions)
        {
            lock (_gate)
            {
                JsonNode? Pick(string name, string sessionName) => (parameters?[name] ?? _session[sessionName])?.DeepClone();
                JsonArray modalities = Pick("modalities", "modalities") as JsonArray ?? new JsonArray("text", "audio");
                string format = (string?)Pick("output_audio_format", "output_audio_format") ?? "pcm16";
                string instructions = ((string?)Pick("instructions", "instructions") ?? string.Empty)
                    + (string.IsNullOrEmpty(additionalInstructions) ? string.Empty : "\n" + additionalInstructions);
                string id = Ids.New("resp_");
                var response = new JsonObject
                {
                    ["id"] = id,
                    ["object"] = "realtime.response",
                    ["status"] = "in_progress",
                    ["status_details"] = null,
                    ["output"] = new JsonArray(),
                    ["usage"] = null,
                    ["conversation_id"] = string.Concat("conv_", _connection.SessionId.AsSpan(5)),
                    ["voice"] = Pick("voice", "voice"),
                    ["modalities"] = modalities.DeepClone(),
                    ["output_audio_format"] = format,
                    ["temperature"] = Pick("temperature", "temperature"),
                    ["max_output_tokens"] = Pick("max_output_tokens", "max_response_output_tokens"),
                    ["metadata"] = parameters?["metadata"]?.DeepClone(),
                };
                return new ResponseRun(id, _lifetime)
                {
                    AudioOutput = modalities.Any(m => (string?)m == "audio"),
                    OutputAudioFormat = format,
                    Response = response,
                    Context = BuildContext(parameters, instructions),
                };
            }
        }

        /// <summary>Snapshot for the responder; the caller holds the lock.</summary>
        private EmulatorResponderContext BuildContext(JsonObject? parameters, string instructions)
        {
            IReadOnlyList<ConversationItem> items = _conversation.Items;
            string? lastUser = items.LastOrDefault(i => i.Role == "user")?.HeardText;
            var outputs = new List<EmulatorFunctionOutput>();
            for (int i = items.Count - 1; i >= 0 && items[i].Type == "function_call_output"; i--)
            {
                string? callId = GetString(items[i].Item, "call_id");
                string? name = items.LastOrDefault(c => c.Type == "function_call" && GetString(c.Item, "call_id") == callId) is ConversationItem call
                    ? GetString(call.Item, "name")
                    : null;
                outputs.Insert(0, new EmulatorFunctionOutput(callId, name, GetString(items[i].Item, "output")));
            }

            return new EmulatorResponderContext(
                (JsonObject)_session.DeepClone(),
                items.Select(i => (JsonObject)i.Item.DeepClone()).ToList(),
                lastUser,
                outputs.Count > 0 ? outputs[^1].Name : null,
                outputs.Count > 0 ? outputs[^1].Output : null,
                outputs,
                (parameters?["tools"] ?? _session["tools"])?.DeepClone() as JsonArray ?? new JsonArray(),
                (parameters?["tool_choice"] ?? _session["tool_choice"])?.DeepClone(),
                instructions,
                parameters?.DeepClone() as JsonObject);
        }

        private async Task<ResponseRun?> CancelActiveResponseAsync(string reason)
        {
            ResponseRun? run;
            lock (_gate)
            {
                run = _active;
            }

            if (run is null)
            {
                return null;
            }

            run.CancelReason ??= reason;
            run.Cancellation.Cancel();
            try
            {
                await run.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return run;
        }

        private async Task StopActiveResponseAsync()
        {
            ResponseRun? run;
            lock (_gate)
            {
                run = _active;
            }

            if (run is not null)
            {
                run.Cancellation.Cancel();
                await Task.WhenAny(run.Task).ConfigureAwait(false);
            }
        }

        private async Task RunResponseAsync(ResponseRun run)
        {
            try
            {
                string status = "completed";
                try
                {
                    await SendResponseEventAsync("response.created", run).ConfigureAwait(false);
                    EmulatorReply reply = await _responder.RespondAsync(run.Context, run.Cancellation.Token).ConfigureAwait(false);
                    bool finished = reply.IsFunctionCall
                        ? await StreamFunctionCallsAsync(run, reply.FunctionCalls).ConfigureAwait(false)
                        : await StreamMessageAsync(run, reply.Text!).ConfigureAwait(false);
                    if (!finished)
                    {
                        return;
                    }

                    if (_options.BeforeResponseDone is { } hold)
                    {
                        await hold(run.Id, run.Cancellation.Token).WaitAsync(run.Cancellation.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (run.CancelReason is not null)
                {
                    status = "cancelled";
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception e)
                {
                    // A responder that throws fails the response the way the service reports a server-side failure.
                    status = "failed";
                    run.FailureMessage = e.Message;
                }

                await FinishResponseAsync(run, status).ConfigureAwait(false);
            }
            finally
            {
                // FinishResponseAsync ends the run as response.done goes out; this covers the paths that send none.
                EndRun(run);
            }
        }

        /// <summary>The firehose benchmark's response: the usual <c>response.created</c> and <c>response.done</c> around its deltas.</summary>
        private async Task RunFirehoseAsync(ResponseRun run, Firehose firehose)
        {
            try
            {
                await SendResponseEventAsync("response.created", run).ConfigureAwait(false);
                await firehose.StreamAsync(run).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                run.CancelReason ??= "client_cancelled";
            }

            try
            {
                await FinishResponseAsync(run, run.CancelReason is null ? "completed" : "cancelled").ConfigureAwait(false);
            }
            finally
            {
                EndRun(run);
            }
        }

        /// <summary>Makes <paramref name="run"/> no longer the active response (when it still is).</summary>
        private void EndRun(ResponseRun run)
        {
            lock (_gate)
            {
                if (_active == run)
                {
                    _active = null;
                }
            }
        }

        private async Task FinishResponseAsync(ResponseRun run, string status)
        {
            lock (_gate)
            {
                run.Response["status"] = status;
                run.Response["status_details"] = status switch
                {
                    "cancelled" => new JsonObject { ["type"] = "cancelled", ["reason"] = run.CancelReason },
                    "failed" => new JsonObject
                    {
                        ["type"] = "failed",
                        ["error"] = new JsonObject { ["type"] = "server_error", ["code"] = null, ["message"] = run.FailureMessage },
                    },
                    _ => null,
                };
                var output = new JsonArray();
                foreach (ConversationItem item in run.Output)
                {
                    if ((string?)item.Item["status"] == "in_progress")
                    {
                        item.Item["status"] = "incomplete";
                    }

                    output.Add(item.Item.DeepClone());
                }

                run.Response["output"] = output;
                run.Response["usage"] = ResponseUsage.Compute(_conversation.Items, run);
            }

            // Protocol: the response is active until response.done is sent. Ending it while holding the send lock,
            // just before the write, means a response.create the client sends after seeing response.done is never
            // refused, and a new response's events cannot overtake this response.done.
            await SendResponseEventAsync("response.done", run, () => EndRun(run)).ConfigureAwait(false);
            await _faults.AfterResponseDoneAsync().ConfigureAwait(false);
        }

        private Task SendResponseEventAsync(string type, ResponseRun run, Action? beforeWrite = null)
        {
            JsonObject evt = EmulatorJson.Event(type);
            lock (_gate)
            {
                evt["response"] = run.Response.DeepClone();
            }

            return SendEventAsync(evt, beforeWrite);
        }
    }
}
