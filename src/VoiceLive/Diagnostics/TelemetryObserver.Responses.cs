using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace VoiceLive.Diagnostics
{
    internal sealed partial class TelemetryObserver
    {
        // Called under _gate from here on.
        private void StartResponse(VoiceLiveResponse response)
        {
            string id = response.Id ?? string.Empty;
            long now = Clock.GetTimestamp();
            long start;
            string trigger;
            if (_pendingCreates.Count > 0)
            {
                start = _pendingCreates.Dequeue();
                trigger = TelemetryNames.TriggerResponseCreate;
            }
            else if (_speechStoppedAt is long stoppedAt)
            {
                // Protocol: with turn detection the service commits the buffer at speech_stopped and creates the response.
                start = stoppedAt;
                trigger = TelemetryNames.TriggerTurnDetection;
            }
            else
            {
                start = now;
                trigger = TelemetryNames.TriggerService;
            }

            _speechStoppedAt = null;
            Activity? activity = null;
            if (VoiceLiveTelemetry.Source.HasListeners())
            {
                // Every response of a session is a child of its connect span, so one trace holds the session.
                DateTimeOffset startTime = DateTimeOffset.UtcNow - Clock.GetElapsedTime(start, now);
                ActivityContext parent = _connect?.Activity?.Context ?? Activity.Current?.Context ?? default;
                activity = VoiceLiveTelemetry.Source.StartActivity(TelemetryNames.ResponseSpan, ActivityKind.Client, parent, startTime: startTime);
            }

            if (activity is not null)
            {
                activity.DisplayName = _model is null ? TelemetryNames.OperationResponse : TelemetryNames.OperationResponse + " " + _model;
                VoiceLiveTelemetry.AddCommonTags(activity, TelemetryNames.OperationResponse);
                activity.SetTag(TelemetryNames.GenAiRequestModel, _model);
                activity.SetTag(TelemetryNames.GenAiResponseId, id);
                activity.SetTag(TelemetryNames.GenAiConversationId, response.ConversationId);
                activity.SetTag(TelemetryNames.VoiceSessionId, _sessionId);
                activity.SetTag(TelemetryNames.ResponseTrigger, trigger);
                if (_connect is not null)
                {
                    activity.SetTag(TelemetryNames.ServerAddress, _connect.ServerAddress);
                    activity.SetTag(TelemetryNames.ServerPort, _connect.ServerPort);
                }
            }

            var telemetry = new ResponseTelemetry(id, activity, start, trigger);
            _responses[id] = telemetry;
            _latestResponse = telemetry;
        }

        private void OnOutput(string responseId, bool isAudio)
        {
            if (!_responses.TryGetValue(responseId, out ResponseTelemetry? response))
            {
                return;
            }

            if (!response.SawOutput)
            {
                response.SawOutput = true;
                double seconds = VoiceLiveTelemetry.SecondsSince(Clock, response.StartTimestamp);
                VoiceLiveTelemetry.TurnLatency.Record(seconds, MetricTags());
                response.Activity?.SetTag(TelemetryNames.VoiceFirstTokenLatencyMs, seconds * 1000);
            }

            if (isAudio && !response.SawAudio)
            {
                response.SawAudio = true;
                double seconds = VoiceLiveTelemetry.SecondsSince(Clock, response.StartTimestamp);
                VoiceLiveTelemetry.TimeToFirstAudio.Record(seconds, MetricTags());
                response.Activity?.SetTag(TelemetryNames.ResponseTimeToFirstAudio, seconds);
            }

            response.SawText |= !isAudio;
        }

        private void OnFunctionCall(ServerEventResponseFunctionCallArgumentsDone call)
        {
            OnOutput(call.ResponseId, isAudio: false);
            if (!_responses.TryGetValue(call.ResponseId, out ResponseTelemetry? response) || call.CallId.Length == 0)
            {
                return;
            }

            response.CallIds.Add(call.CallId);
            if (response.Activity is Activity activity && !_callParents.ContainsKey(call.CallId))
            {
                _callParents[call.CallId] = activity.Context;
                _callOrder.Enqueue(call.CallId);
                while (_callOrder.Count > RememberedCalls)
                {
                    _callParents.Remove(_callOrder.Dequeue());
                }
            }
        }

        private void OnOutputText(string responseId, string text)
        {
            if (RecordContent && _responses.TryGetValue(responseId, out ResponseTelemetry? response) && text.Length > 0)
            {
                response.OutputText ??= new StringBuilder();
                response.OutputText.Append(text);
            }
        }

        private void EndResponse(VoiceLiveResponse done)
        {
            string id = done.Id ?? string.Empty;
            if (!_responses.TryGetValue(id, out ResponseTelemetry? response))
            {
                return;
            }

            _responses.Remove(id);
            if (_latestResponse == response)
            {
                _latestResponse = null;
            }

            string status = done.Status?.ToString() ?? "unknown";
            bool failed = done.Status == VoiceLive.ResponseStatus.Failed;
            TokenUsage? usage = done.Usage;
            if (usage is not null && VoiceLiveTelemetry.TokenUsage.Enabled)
            {
                TagList input = MetricTags();
                input.Add(TelemetryNames.GenAiTokenType, "input");
                VoiceLiveTelemetry.TokenUsage.Record(usage.InputTokens, input);
                TagList output = MetricTags();
                output.Add(TelemetryNames.GenAiTokenType, "output");
                VoiceLiveTelemetry.TokenUsage.Record(usage.OutputTokens, output);
            }

            if (response.Activity is Activity activity)
            {
                activity.SetTag(TelemetryNames.ResponseStatus, status);
                activity.SetTag(TelemetryNames.GenAiResponseFinishReasons, new[] { status });
                if (usage is not null)
                {
                    activity.SetTag(TelemetryNames.GenAiUsageInputTokens, usage.InputTokens);
                    activity.SetTag(TelemetryNames.GenAiUsageOutputTokens, usage.OutputTokens);
                }

                string[] modalities = done.Modalities.Count > 0
                    ? done.Modalities.Select(m => m.ToString()).ToArray()
                    : SeenModalities(response);
                activity.SetTag(TelemetryNames.ResponseOutputModalities, modalities);
                string[] calls = done.Output.OfType<ResponseFunctionCallItem>().Select(c => c.Name).ToArray();
                if (calls.Length > 0)
                {
                    activity.SetTag(TelemetryNames.ResponseFunctionCalls, calls);
                }

                if (RecordContent)
                {
                    AddContent(activity, response);
                }

                if (failed)
                {
                    activity.SetTag(TelemetryNames.ErrorType, "response_failed");
                    activity.SetStatus(ActivityStatusCode.Error, "The service reported the response as failed.");
                }

                activity.Stop();
            }

            if (VoiceLiveTelemetry.OperationDuration.Enabled)
            {
                TagList tags = MetricTags();
                if (failed)
                {
                    tags.Add(TelemetryNames.ErrorType, "response_failed");
                }

                VoiceLiveTelemetry.OperationDuration.Record(VoiceLiveTelemetry.SecondsSince(Clock, response.StartTimestamp), tags);
            }
        }

        private static string[] SeenModalities(ResponseTelemetry response)
        {
            var seen = new List<string>(2);
            if (response.SawText)
            {
                seen.Add("text");
            }

            if (response.SawAudio)
            {
                seen.Add("audio");
            }

            return seen.ToArray();
        }

        private void AddContent(Activity activity, ResponseTelemetry response)
        {
            if (_instructions is not null)
            {
                activity.SetTag(TelemetryNames.GenAiSystemInstructions, TextParts(_instructions));
            }

            if (_inputTranscript is not null && response.Trigger == TelemetryNames.TriggerTurnDetection)
            {
                activity.SetTag(TelemetryNames.GenAiInputMessages, Messages("user", _inputTranscript));
                _inputTranscript = null;
            }

            if (response.OutputText is not null)
            {
                activity.SetTag(TelemetryNames.GenAiOutputMessages, Messages("assistant", response.OutputText.ToString()));
            }
        }

        // The conventions' JSON shapes: messages [{"role","parts":[{"type":"text","content"}]}], instructions [{"type","content"}].
        private static string Messages(string role, string text) => Json(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("role", role);
            writer.WritePropertyName("parts");
            WriteTextParts(writer, text);
            writer.WriteEndObject();
            writer.WriteEndArray();
        });

        private static string TextParts(string text) => Json(writer => WriteTextParts(writer, text));

        private static void WriteTextParts(Utf8JsonWriter writer, string text)
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("type", "text");
            writer.WriteString("content", text);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        private static string Json(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
