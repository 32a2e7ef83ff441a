using System;
using System.Diagnostics;
using System.Threading;

namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// One tool invocation in progress, from <see cref="VoiceLiveTelemetry.StartToolInvocation"/> to
    /// <see cref="VoiceLiveTelemetry.RecordToolResult"/>: its span (null when only metrics listen) and its start time.
    /// </summary>
    internal sealed class ToolInvocationTelemetry
    {
        private int _completed;

        public ToolInvocationTelemetry(Activity? activity, string toolName, TimeProvider clock, bool recordContent, TagList? metricTags)
        {
            Activity = activity;
            ToolName = toolName;
            Clock = clock;
            StartTimestamp = clock.GetTimestamp();
            RecordContent = recordContent;
            MetricTags = metricTags ?? VoiceLiveTelemetry.MetricTags(null, null, TelemetryNames.OperationExecuteTool);
        }

        /// <summary>The <c>execute_tool</c> span, or null.</summary>
        public Activity? Activity { get; }

        public string ToolName { get; }

        /// <summary>The clock the duration is measured on (the connection's <see cref="VoiceLiveClientOptions.TimeProvider"/>).</summary>
        public TimeProvider Clock { get; }

        /// <summary>When the invocation started, on <see cref="Clock"/>.</summary>
        public long StartTimestamp { get; }

        /// <summary>Whether arguments and the result may be recorded (the app opted in to content).</summary>
        public bool RecordContent { get; }

        public TagList MetricTags { get; }

        /// <summary>True the first time only: a result is recorded once even if the runner reports twice.</summary>
        public bool TryComplete() => Interlocked.Exchange(ref _completed, 1) == 0;
    }
}
