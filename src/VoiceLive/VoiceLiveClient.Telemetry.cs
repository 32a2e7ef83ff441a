using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Diagnostics;

namespace VoiceLive
{
    public partial class VoiceLiveClient
    {
        /// <summary>Connects, inside a <c>connect</c> span and its duration measurement when someone listens; else just connects.</summary>
        private Task<VoiceLiveConnection> ConnectObservedAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
            => VoiceLiveTelemetry.IsObserved ? ConnectTracedAsync(model, agent, cancellationToken) : ConnectCoreAsync(model, agent, cancellationToken);

        private async Task<VoiceLiveConnection> ConnectTracedAsync(string? model, AgentSessionConfig? agent, CancellationToken cancellationToken)
        {
            Activity? activity = VoiceLiveTelemetry.Source.StartActivity(TelemetryNames.ConnectSpan, ActivityKind.Client);
            var connect = new ConnectTelemetry(activity, _endpoint, model, agent, _options.TimeProvider);
            if (activity is not null)
            {
                activity.DisplayName = TelemetryNames.OperationConnect + " " + (model ?? agent?.AgentName);
                VoiceLiveTelemetry.AddCommonTags(activity, TelemetryNames.OperationConnect);
                activity.SetTag(TelemetryNames.ServerAddress, connect.ServerAddress);
                activity.SetTag(TelemetryNames.ServerPort, connect.ServerPort);
                activity.SetTag(TelemetryNames.GenAiRequestModel, model);
                activity.SetTag(TelemetryNames.GenAiAgentName, agent?.AgentName);
                activity.SetTag(TelemetryNames.GenAiAgentVersion, agent?.AgentVersion);
                activity.SetTag(TelemetryNames.AgentProjectName, agent?.ProjectName);
                activity.SetTag(TelemetryNames.ApiVersion, _options.ApiVersion.ToString());
            }

            // The connection built inside ConnectCoreAsync reads this (an async local flows into the call, not back out).
            VoiceLiveTelemetry.CurrentConnect = connect;
            try
            {
                VoiceLiveConnection connection = await ConnectCoreAsync(model, agent, cancellationToken).ConfigureAwait(false);
                EndConnect(connect, connection.ClientRequestId, TelemetryNames.OutcomeConnected, null);
                return connection;
            }
            catch (Exception ex)
            {
                var failure = ex as VoiceLiveConnectionException;
                string outcome = ex is OperationCanceledException ? TelemetryNames.OutcomeCancelled
                    : failure is { Status: not 0 } ? TelemetryNames.OutcomeRefused
                    : failure?.InnerException is OperationCanceledException ? TelemetryNames.OutcomeTimeout
                    : TelemetryNames.OutcomeFailed;
                EndConnect(connect, failure?.ClientRequestId, outcome, ex);
                throw;
            }
        }

        private static void EndConnect(ConnectTelemetry connect, string? clientRequestId, string outcome, Exception? error)
        {
            string? errorType = error is null ? null : error.GetType().FullName;
            int status = (error as VoiceLiveConnectionException)?.Status ?? 0;
            if (connect.Activity is Activity activity)
            {
                activity.SetTag(TelemetryNames.AzClientRequestId, clientRequestId);
                activity.SetTag(TelemetryNames.ConnectOutcome, outcome);
                if (status != 0)
                {
                    activity.SetTag(TelemetryNames.HttpResponseStatusCode, status);
                }

                if (error is not null)
                {
                    activity.SetTag(TelemetryNames.ErrorType, status != 0 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : errorType);
                    activity.SetStatus(ActivityStatusCode.Error, error.Message);
                }

                activity.Stop();
            }

            if (VoiceLiveTelemetry.OperationDuration.Enabled)
            {
                TagList tags = VoiceLiveTelemetry.MetricTags(connect, connect.Model, TelemetryNames.OperationConnect);
                if (error is not null)
                {
                    tags.Add(TelemetryNames.ErrorType, status != 0 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : errorType);
                }

                VoiceLiveTelemetry.OperationDuration.Record(VoiceLiveTelemetry.SecondsSince(connect.Clock, connect.StartTimestamp), tags);
            }
        }
    }
}
