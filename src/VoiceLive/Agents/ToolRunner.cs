using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Diagnostics;

namespace VoiceLive.Agents
{
    /// <summary>
    /// The function-calling loop behind <see cref="ToolsResource"/>: starts an invocation for each completed call, sends
    /// each output as it is ready, and sends one follow-up <c>response.create</c> per response once all its calls have
    /// outputs and its <c>response.done</c> (status completed) was read.
    /// </summary>
    internal sealed class ToolRunner : ConnectionObserver
    {
        private readonly VoiceLiveConnection _connection;
        private readonly ToolInvocationOptions _options;
        private readonly object _gate = new object();
        private readonly List<AIFunction> _functions = new List<AIFunction>();

        // Calls by response, and every call id seen (a call can be announced by both arguments.done and output_item.done).
        private readonly Dictionary<string, ResponseCalls> _responses = new Dictionary<string, ResponseCalls>(StringComparer.Ordinal);
        private readonly Dictionary<string, ResponseCalls> _callOwners = new Dictionary<string, ResponseCalls>(StringComparer.Ordinal);

        public ToolRunner(VoiceLiveConnection connection, ToolInvocationOptions options)
        {
            _connection = connection;
            _options = options;
        }

        public IReadOnlyList<AIFunction> Functions
        {
            get { lock (_gate) { return _functions.ToArray(); } }
        }

        public void Register(IEnumerable<AIFunction> functions)
        {
            lock (_gate)
            {
                foreach (AIFunction function in functions)
                {
                    int existing = _functions.FindIndex(f => string.Equals(f.Name, function.Name, StringComparison.Ordinal));
                    if (existing >= 0)
                    {
                        _functions[existing] = function;
                    }
                    else
                    {
                        _functions.Add(function);
                    }
                }
            }
        }

        public bool Unregister(string name)
        {
            lock (_gate)
            {
                return _functions.RemoveAll(f => string.Equals(f.Name, name, StringComparison.Ordinal)) > 0;
            }
        }

        public override void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent)
        {
            switch (serverEvent)
            {
                case ServerEventResponseFunctionCallArgumentsDone call:
                    OnCall(call.ResponseId, call.CallId, call.Name, call.Arguments);
                    break;
                case ServerEventResponseOutputItemDone { Item: ResponseFunctionCallItem item } done:
                    // Some service versions announce a call only as a finished output item.
                    OnCall(done.ResponseId, item.CallId, item.Name, item.Arguments);
                    break;
                case ServerEventResponseDone done:
                    OnResponseDone(done.Response);
                    break;
            }
        }

        public override void OnSent(VoiceLiveConnection connection, ClientEvent clientEvent)
        {
            // An output the app sent itself (a call left to it, see AnswerUnknownCalls) counts like one of ours.
            if (clientEvent is ClientEventConversationItemCreate { Item: FunctionCallOutputItem output })
            {
                ResponseCalls? calls;
                lock (_gate)
                {
                    if (!_callOwners.TryGetValue(output.CallId, out calls) || !calls.AppOwned.Remove(output.CallId))
                    {
                        return;
                    }

                    calls.Pending--;
                }

                TryFollowUp(calls);
            }
        }

        public override void OnClosed(VoiceLiveConnection connection, int status, string? description)
        {
            List<ResponseCalls> open;
            lock (_gate)
            {
                open = new List<ResponseCalls>(_responses.Values);
                _responses.Clear();
                _callOwners.Clear();
            }

            foreach (ResponseCalls calls in open)
            {
                calls.Cancel(_connection.Logger);
            }
        }

        private void OnCall(string? responseId, string? callId, string? name, string? arguments)
        {
            if (string.IsNullOrEmpty(callId))
            {
                return; // Nothing to answer: an output needs the call id.
            }

            AIFunction? function;
            ResponseCalls calls;
            lock (_gate)
            {
                if (_callOwners.ContainsKey(callId!))
                {
                    return;
                }

                string key = responseId ?? string.Empty;
                if (!_responses.TryGetValue(key, out calls!))
                {
                    calls = new ResponseCalls(key);
                    _responses.Add(key, calls);
                }

                _callOwners.Add(callId!, calls);
                calls.CallIds.Add(callId!);
                function = _functions.Find(f => string.Equals(f.Name, name, StringComparison.Ordinal));
                calls.Pending++;
                calls.Total++;
                if (function is null && !_options.AnswerUnknownCalls)
                {
                    calls.AppOwned.Add(callId!);
                    return;
                }
            }

            var call = new ToolCall(callId!, name ?? string.Empty, arguments ?? string.Empty);
            CancellationToken responseToken = calls.Token;
            _ = Task.Run(() => RunAsync(call, function, calls, responseToken));
        }

        private void OnResponseDone(VoiceLiveResponse? response)
        {
            ResponseCalls? calls;
            lock (_gate)
            {
                if (!_responses.TryGetValue(response?.Id ?? string.Empty, out calls))
                {
                    return;
                }

                calls.Done = true;
                calls.Completed = response?.Status == ResponseStatus.Completed;
            }

            if (!calls.Completed)
            {
                // Protocol: a cancelled, failed or incomplete response gets no follow-up; its running calls stop.
                calls.Cancel(_connection.Logger);
            }

            TryFollowUp(calls);
        }

        private async Task RunAsync(ToolCall call, AIFunction? function, ResponseCalls calls, CancellationToken responseToken)
        {
            try
            {
                string? output = await ToolInvoker.InvokeAsync(function, call, _options, _connection, responseToken).ConfigureAwait(false);
                if (output is not null)
                {
                    // Not the response's token: an output the tool finished is the call's answer, and it is sent.
                    await _connection.Conversation.Item.CreateAsync(new FunctionCallOutputItem(call.CallId, output), cancellationToken: CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                // The connection closed or failed under the call: there is no one left to answer, and nothing to throw to.
                Log.ToolOutputNotSent(_connection.Logger, call.Name, call.CallId, ex);
            }
            finally
            {
                lock (_gate)
                {
                    calls.Pending--;
                }
            }

            TryFollowUp(calls);
        }

        private void TryFollowUp(ResponseCalls calls)
        {
            lock (_gate)
            {
                if (!calls.Done || calls.Pending > 0)
                {
                    return;
                }

                _responses.Remove(calls.ResponseId);
                foreach (string callId in calls.CallIds)
                {
                    _callOwners.Remove(callId);
                }

                if (!calls.Completed || calls.FollowUpSent || calls.Total == 0)
                {
                    return;
                }

                calls.FollowUpSent = true;
            }

            if (!_options.CreateResponseAfterOutputs)
            {
                return;
            }

            if (_connection.Response.IsActive)
            {
                // Another response (the user spoke, or the app asked) is already running: it sees the outputs, and a
                // response.create now would be refused with conversation_already_has_active_response.
                Log.ToolFollowUpSkipped(_connection.Logger, calls.ResponseId);
                return;
            }

            _ = SendFollowUpAsync(calls.ResponseId);
        }

        private async Task SendFollowUpAsync(string responseId)
        {
            try
            {
                await _connection.Response.CreateAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log.ToolFollowUpNotSent(_connection.Logger, responseId, ex);
            }
        }

        /// <summary>The calls of one response: how many still lack an output, and whether its response.done was read.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213:Disposable fields should be disposed", Justification = "See CA1001.")]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Tools keep the token after the response is finished; a CancellationTokenSource with no timer and no linked parent holds nothing but memory, so it is left to the collector rather than disposed under a tool still observing it.")]
        private sealed class ResponseCalls
        {
            private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

            public ResponseCalls(string responseId) => ResponseId = responseId;

            public string ResponseId { get; }

            public int Pending { get; set; }

            public int Total { get; set; }

            public bool Done { get; set; }

            public bool Completed { get; set; }

            public bool FollowUpSent { get; set; }

            public HashSet<string> AppOwned { get; } = new HashSet<string>(StringComparer.Ordinal);

            public List<string> CallIds { get; } = new List<string>();

            public CancellationToken Token => _cancellation.Token;

            public void Cancel(Microsoft.Extensions.Logging.ILogger logger)
            {
                try
                {
                    _cancellation.Cancel();
                }
                catch (AggregateException ex)
                {
                    // A callback a tool registered on its token threw: the tool's own fault, not the session's.
                    Log.ToolCancellationCallbackFailed(logger, ResponseId, ex);
                }
            }
        }
    }
}
