using System.Diagnostics;
using System.Threading;

namespace VoiceLive
{
    /// <summary>
    /// One tool invocation in progress, from <see cref="VoiceLiveTelemetry.StartToolInvocation"/> to
    /// <see cref="VoiceLiveTelemetry.RecordToolResult"/>: its span (null when only metrics listen) and its start time.
    /// </summary>
    internal sealed class ToolInvocationTelemetry
    {
        private int _completed;

        public ToolInvocationTelemetry(Activity? activity, string toolName, long startTimestamp, bool recordContent, TagList? metricTags)
        {
            Activity = activity;
            ToolName = toolName;
            StartTimestamp = startTimestamp;
            RecordContent = recordContent;
            MetricTags = metricTags ?? VoiceLiveTelemetry.MetricTags(null, null, TelemetryNames.OperationExecuteTool);
        }

        /// <summary>The <c>execute_tool</c> span, or null.</summary>
        public Activity? Activity { get; }

        public string ToolName { get; }

        public long StartTimestamp { get; }

        /// <summary>Whether arguments and the result may be recorded (the app opted in to content).</summary>
        public bool RecordContent { get; }

        public TagList MetricTags { get; }

        /// <summary>True the first time only: a result is recorded once even if the runner reports twice.</summary>
        public bool TryComplete() => Interlocked.Exchange(ref _completed, 1) == 0;
    }
}
