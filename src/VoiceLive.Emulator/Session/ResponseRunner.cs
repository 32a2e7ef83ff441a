using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Runs the session's responses: <c>response.create</c>/<c>response.cancel</c>, one active response at a time,
    /// streaming its output (<c>ResponseRunner.Streaming.cs</c>), closing its items (<c>ResponseRunner.OutputDone.cs</c>)
    /// and <c>response.done</c>. It shares the session's lock with the handler: the conversation and the session
    /// object it reads are the handler's, guarded by that lock.
    /// </summary>
    internal sealed partial class ResponseRunner
    {
        private readonly object _gate;
        private readonly ConversationStore _conversation;
        private readonly SessionConfiguration _session;
        private readonly Func<JsonObject, (ConversationItem? Item, string? Failure)> _buildItem;
        private readonly Func<JsonObject, Action?, Task> _send;
        private readonly SessionSender _sender;
        private readonly FaultPlan _faults;
        private readonly VoiceLiveEmulatorOptions _options;
        private readonly EmulatorAudioPacing _pacing;
        private readonly IEmulatorResponder _responder;
        private readonly string _sessionId;
        private readonly Func<ResponseRun, Task> _runResponse;
        private readonly CancellationToken _lifetime;
        private ResponseRun? _active;

        /// <param name="gate">The session's lock; the runner takes it around the state it shares with the handler.</param>
        /// <param name="conversation">The session's conversation, read and appended to under <paramref name="gate"/>.</param>
        /// <param name="session">The session configuration; its current object is read under <paramref name="gate"/>.</param>
        /// <param name="buildItem">Builds the server form of a request item (for <c>append_input_items</c>).</param>
        /// <param name="send">Sends one event in the connection's wire shape; its action runs under the send lock just before the write.</param>
        /// <param name="sender">The session's outgoing side, to know when the connection is gone.</param>
        /// <param name="faults">The connection's fault plan (its delta and <c>response.done</c> hooks).</param>
        /// <param name="options">The emulator's options (chunk size, clock, the test hold before <c>response.done</c>).</param>
        /// <param name="pacing">Whether reply audio is paced in real time.</param>
        /// <param name="sessionId">The session id, for the response's <c>conversation_id</c>.</param>
        /// <param name="firehose">The firehose benchmark's stream, which replaces the responder's replies; null otherwise.</param>
        /// <param name="lifetime">The connection's lifetime; a response is cancelled when it ends.</param>
        public ResponseRunner(
            object gate,
            ConversationStore conversation,
            SessionConfiguration session,
            Func<JsonObject, (ConversationItem? Item, string? Failure)> buildItem,
            Func<JsonObject, Action?, Task> send,
            SessionSender sender,
            FaultPlan faults,
            VoiceLiveEmulatorOptions options,
            EmulatorAudioPacing pacing,
            string sessionId,
            Firehose? firehose,
            CancellationToken lifetime)
        {
            _gate = gate;
            _conversation = conversation;
            _session = session;
            _buildItem = buildItem;
            _send = send;
            _sender = sender;
            _faults = faults;
            _options = options;
            _pacing = pacing;
            _responder = options.Responder ?? DefaultEmulatorResponder.Instance;
            _sessionId = sessionId;
            _runResponse = firehose is null ? RunResponseAsync : run => RunFirehoseAsync(run, firehose);
            _lifetime = lifetime;
        }

        /// <summary>The current session object; the caller holds the lock.</summary>
        private JsonObject Session => _session.Current;

        /// <summary>True once the server has closed, aborted or frozen the connection: responses stop streaming.</summary>
        private bool IsGone => _sender.IsGone;

        public async Task HandleResponseCreateAsync(JsonObject evt, string? eventId)
        {
            await StartResponseAsync(evt["response"] as JsonObject, eventId, GetString(evt, "additional_instructions")).ConfigureAwait(false);
        }

        public async Task HandleResponseCancelAsync(JsonObject evt, string? eventId)
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

        public async Task StartResponseAsync(JsonObject? parameters, string? eventId, string? additionalInstructions = null)
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
                    (ConversationItem? item, string? failure) = _buildItem(request);
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

        public async Task<ResponseRun?> CancelActiveResponseAsync(string reason)
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

        public async Task StopActiveResponseAsync()
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

        private Task SendEventAsync(JsonObject evt, Action? beforeWrite = null)
        {
            return _send(evt, beforeWrite);
        }

        private Task SendErrorAsync(string code, string message, string? param, string? clientEventId)
        {
            return SendEventAsync(EmulatorJson.Error(code, message, param, clientEventId));
        }

        private Task SendItemCreatedAsync(string? previousItemId, JsonObject item)
        {
            return SendEventAsync(EmulatorJson.ItemCreated(previousItemId, item));
        }

        private static string? GetString(JsonObject obj, string name)
        {
            return EmulatorJson.GetString(obj, name);
        }
    }
}
