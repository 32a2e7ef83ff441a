using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Threading;

namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// The library's ActivitySource and Meter, both named <c>VoiceLive</c>, and their instruments. Nothing here records
    /// anything unless an ActivityListener or a MeterListener (an OpenTelemetry SDK, <c>dotnet-counters</c>) subscribes:
    /// a connection attaches its telemetry observer only when <see cref="IsObserved"/> says someone listens.
    /// </summary>
    internal static class VoiceLiveTelemetry
    {
        private static readonly string Version = typeof(VoiceLiveTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        // The semantic conventions' advised buckets: durations from 10 ms doubling to 82 s, tokens in powers of four.
        private static readonly double[] SecondsBuckets = { 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92 };
        private static readonly long[] TokenBuckets = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864 };

        public static readonly ActivitySource Source = new ActivitySource(TelemetryNames.SourceName, Version);

        public static readonly Meter Meter = new Meter(TelemetryNames.SourceName, Version);

        public static readonly Histogram<long> TokenUsage = Meter.CreateHistogram(
            TelemetryNames.TokenUsageMetric, "{token}", "Tokens used by one response (response.done usage), by gen_ai.token.type.",
            tags: null, advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = TokenBuckets });

        public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
            TelemetryNames.OperationDurationMetric, "s", "Duration of a connect, a response (start to response.done) or a tool invocation.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

        public static readonly Histogram<double> TimeToFirstAudio = Meter.CreateHistogram(
            TelemetryNames.TimeToFirstAudioMetric, "s", "From the end of the user's speech (or response.create) to the response's first audio delta.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

        public static readonly Histogram<double> TurnLatency = Meter.CreateHistogram(
            TelemetryNames.TurnLatencyMetric, "s", "From the end of the user's speech (or response.create) to the response's first output of any kind (audio, text, transcript, tool call).",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

        public static readonly Counter<double> AudioInputDuration = Meter.CreateCounter<double>(
            TelemetryNames.AudioInputDurationMetric, "s", "Seconds of audio sent with input_audio_buffer.append, at the session's input format.");

        public static readonly Counter<double> AudioOutputDuration = Meter.CreateCounter<double>(
            TelemetryNames.AudioOutputDurationMetric, "s", "Seconds of audio received in response.audio.delta events, at the session's output format.");

        public static readonly UpDownCounter<long> ConnectionActive = Meter.CreateUpDownCounter<long>(
            TelemetryNames.ConnectionActiveMetric, "{connection}", "Connections open now (counted from the WebSocket upgrade to the close).");

        public static readonly Counter<long> ConnectionClosed = Meter.CreateCounter<long>(
            TelemetryNames.ConnectionClosedMetric, "{connection}", "Connections closed, by voicelive.close.code (1000 normal, 1006 dropped, ...).");

        public static readonly Counter<long> EventsMalformed = Meter.CreateCounter<long>(
            TelemetryNames.EventsMalformedMetric, "{event}", "Received frames that could not be read as their event type (surfaced as MalformedServerEvent).");

        // Set by the client around one connect, read by the connection it constructs: the connect span and what the
        // connection's telemetry needs to know about where it connected (the constructor is not told).
        private static readonly AsyncLocal<ConnectTelemetry?> CurrentConnectSlot = new AsyncLocal<ConnectTelemetry?>();

        /// <summary>True when an ActivityListener listens to the source or a MeterListener has enabled any instrument.</summary>
        public static bool IsObserved =>
            Source.HasListeners()
            || TokenUsage.Enabled || OperationDuration.Enabled || TimeToFirstAudio.Enabled || TurnLatency.Enabled
                || AudioInputDuration.Enabled || AudioOutputDuration.Enabled || ConnectionActive.Enabled || ConnectionClosed.Enabled
                || EventsMalformed.Enabled;

        /// <summary>The connect in progress on this async flow, or null.</summary>
        public static ConnectTelemetry? CurrentConnect
        {
            get => CurrentConnectSlot.Value;
            set => CurrentConnectSlot.Value = value;
        }

        /// <summary>
        /// Whether content (transcripts, instructions, tool arguments and results) is recorded when the app has not said:
        /// the GenAI conventions' <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true</c>. Audio and secrets never are.
        /// </summary>
        public static bool ContentCaptureDefault =>
            string.Equals(Environment.GetEnvironmentVariable(TelemetryNames.CaptureContentVariable), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Adds the attributes every span carries.</summary>
        public static void AddCommonTags(Activity activity, string operation)
        {
            activity.SetTag(TelemetryNames.GenAiOperationName, operation);
            activity.SetTag(TelemetryNames.GenAiSystem, TelemetryNames.GenAiSystemValue);
            activity.SetTag(TelemetryNames.GenAiProviderName, TelemetryNames.GenAiProviderNameValue);
            activity.SetTag(TelemetryNames.AzNamespace, TelemetryNames.AzNamespaceValue);
        }

        /// <summary>Seconds since a <see cref="TimeProvider.GetTimestamp"/> value of <paramref name="clock"/>.</summary>
        public static double SecondsSince(TimeProvider clock, long startTimestamp) => clock.GetElapsedTime(startTimestamp).TotalSeconds;

        /// <summary>
        /// Starts the span and the duration measurement of one tool invocation by the library (<c>execute_tool {name}</c>).
        /// The span's parent is the response span that asked for the call (found by <paramref name="callId"/> on
        /// <paramref name="connection"/>), else the current activity. Returns null when nobody listens; pass the result to
        /// <see cref="RecordToolResult"/> when the tool returns or throws.
        /// </summary>
        /// <param name="toolName">The function's name (<c>gen_ai.tool.name</c>).</param>
        /// <param name="callId">The call id from the function call item (<c>gen_ai.tool.call.id</c>).</param>
        /// <param name="connection">The connection the call came on; gives the parent span, model and content opt-in.</param>
        /// <param name="arguments">The call's JSON arguments; recorded only when the connection opted in to content.</param>
        /// <param name="toolDescription">The tool's description, when known.</param>
        public static ToolInvocationTelemetry? StartToolInvocation(string toolName, string callId, VoiceLiveConnection? connection = null, string? arguments = null, string? toolDescription = null)
        {
            bool traced = Source.HasListeners();
            if (!traced && !OperationDuration.Enabled)
            {
                return null;
            }

            TelemetryObserver? observer = connection?.Telemetry;
            bool recordContent = observer?.RecordContent ?? ContentCaptureDefault;
            Activity? activity = null;
            if (traced)
            {
                ActivityContext parent = observer?.FindResponseContext(callId) ?? Activity.Current?.Context ?? default;
                activity = Source.StartActivity(TelemetryNames.ToolSpan, ActivityKind.Internal, parent);
            }

            if (activity is not null)
            {
                activity.DisplayName = TelemetryNames.OperationExecuteTool + " " + toolName;
                AddCommonTags(activity, TelemetryNames.OperationExecuteTool);
                activity.SetTag(TelemetryNames.GenAiToolName, toolName);
                activity.SetTag(TelemetryNames.GenAiToolType, "function");
                activity.SetTag(TelemetryNames.GenAiToolCallId, callId);
                if (toolDescription is not null)
                {
                    activity.SetTag("gen_ai.tool.description", toolDescription);
                }

                if (recordContent && arguments is not null)
                {
                    activity.SetTag(TelemetryNames.GenAiToolCallArguments, arguments);
                }
            }

            TimeProvider clock = observer?.Clock ?? TimeProvider.System;
            return new ToolInvocationTelemetry(activity, toolName, clock, recordContent, observer?.MetricTags(TelemetryNames.OperationExecuteTool));
        }

        /// <summary>
        /// Ends a tool invocation started by <see cref="StartToolInvocation"/>: records the result (content opt-in only) or
        /// the error (<c>error.type</c>, error status), ends the span and records <c>gen_ai.client.operation.duration</c>.
        /// A null <paramref name="invocation"/> (nobody listened) is a no-op.
        /// </summary>
        /// <param name="invocation">What <see cref="StartToolInvocation"/> returned.</param>
        /// <param name="result">The tool's result as sent back in <c>function_call_output</c>.</param>
        /// <param name="error">The exception the tool threw, if it failed.</param>
        public static void RecordToolResult(ToolInvocationTelemetry? invocation, string? result, Exception? error = null)
        {
            if (invocation is null || !invocation.TryComplete())
            {
                return;
            }

            double seconds = SecondsSince(invocation.Clock, invocation.StartTimestamp);
            Activity? activity = invocation.Activity;
            if (activity is not null)
            {
                if (error is not null)
                {
                    activity.SetTag(TelemetryNames.ErrorType, error.GetType().FullName);
                    activity.SetStatus(ActivityStatusCode.Error, error.Message);
                }
                else if (invocation.RecordContent && result is not null)
                {
                    activity.SetTag(TelemetryNames.GenAiToolCallResult, result);
                }

                activity.Stop();
            }

            if (OperationDuration.Enabled)
            {
                TagList tags = invocation.MetricTags;
                tags.Add(TelemetryNames.GenAiToolName, invocation.ToolName);
                if (error is not null)
                {
                    tags.Add(TelemetryNames.ErrorType, error.GetType().FullName);
                }

                OperationDuration.Record(seconds, tags);
            }
        }

        /// <summary>The tags of a metric measurement of <paramref name="operation"/> for a connection to <paramref name="connect"/>.</summary>
        public static TagList MetricTags(ConnectTelemetry? connect, string? model, string operation)
        {
            var tags = new TagList
            {
                { TelemetryNames.GenAiOperationName, operation },
                { TelemetryNames.GenAiProviderName, TelemetryNames.GenAiProviderNameValue },
            };
            if (model is not null)
            {
                tags.Add(TelemetryNames.GenAiRequestModel, model);
            }

            if (connect is not null)
            {
                tags.Add(TelemetryNames.ServerAddress, connect.ServerAddress);
                tags.Add(TelemetryNames.ServerPort, connect.ServerPort);
            }

            return tags;
        }
    }
}
