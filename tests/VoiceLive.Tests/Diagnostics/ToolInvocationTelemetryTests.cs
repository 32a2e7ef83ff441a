using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using VoiceLive.Diagnostics;
using Xunit;

namespace VoiceLive.Tests.Diagnostics
{
    /// <summary>These tests subscribe process-wide listeners, so they never run beside other tests.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TelemetryListenerCollection
    {
        public const string Name = "Telemetry listeners";
    }

    [Collection(TelemetryListenerCollection.Name)]
    public class ToolInvocationTelemetryTests
    {
        private const string AppSourceName = "VoiceLive.Tests.App";
        private static readonly ActivitySource AppSource = new ActivitySource(AppSourceName);

        [Fact]
        public void Nothing_is_started_when_nobody_listens()
        {
            Assert.Null(VoiceLiveTelemetry.StartToolInvocation("get_weather", "call_1"));
            VoiceLiveTelemetry.RecordToolResult(null, "ignored"); // a no-op, not a crash
        }

        [Fact]
        public void Without_a_connection_the_tool_span_is_a_child_of_the_current_span_and_records_its_duration()
        {
            var stopped = new ConcurrentQueue<Activity>();
            var durations = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
            using ActivityListener listener = Listen(stopped);
            using MeterListener meter = ListenToDurations(durations);

            using (Activity parent = AppSource.StartActivity("app turn")!)
            {
                ToolInvocationTelemetry? invocation = VoiceLiveTelemetry.StartToolInvocation("get_weather", "call_7", arguments: """{"location":"Paris"}""", toolDescription: "Current weather.");
                Assert.NotNull(invocation);
                VoiceLiveTelemetry.RecordToolResult(invocation, """{"temperature_c":18}""");
                VoiceLiveTelemetry.RecordToolResult(invocation, "a second report is ignored");

                Activity tool = Assert.Single(stopped, a => a.Source.Name == "VoiceLive");
                Assert.Equal(parent.SpanId, tool.ParentSpanId);
                Assert.Equal("execute_tool", tool.OperationName);
                Assert.Equal("execute_tool get_weather", tool.DisplayName);
                Assert.Equal("execute_tool", tool.GetTagItem("gen_ai.operation.name"));
                Assert.Equal("get_weather", tool.GetTagItem("gen_ai.tool.name"));
                Assert.Equal("function", tool.GetTagItem("gen_ai.tool.type"));
                Assert.Equal("call_7", tool.GetTagItem("gen_ai.tool.call.id"));
                Assert.Equal("Current weather.", tool.GetTagItem("gen_ai.tool.description"));
                Assert.NotEqual(ActivityStatusCode.Error, tool.Status);
            }

            var duration = Assert.Single(durations);
            Assert.Equal("execute_tool", duration.Tags["gen_ai.operation.name"]);
            Assert.Equal("get_weather", duration.Tags["gen_ai.tool.name"]);
            Assert.False(duration.Tags.ContainsKey("error.type"));
            Assert.True(duration.Value >= 0);
        }

        [Fact]
        public void A_failed_tool_sets_the_error_type_and_status_on_the_span_and_the_measurement()
        {
            var stopped = new ConcurrentQueue<Activity>();
            var durations = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
            using ActivityListener listener = Listen(stopped);
            using MeterListener meter = ListenToDurations(durations);

            ToolInvocationTelemetry? invocation = VoiceLiveTelemetry.StartToolInvocation("book_table", "call_9");
            VoiceLiveTelemetry.RecordToolResult(invocation, null, new InvalidOperationException("no table free"));

            Activity tool = Assert.Single(stopped, a => a.Source.Name == "VoiceLive");
            Assert.Equal(ActivityStatusCode.Error, tool.Status);
            Assert.Equal("no table free", tool.StatusDescription);
            Assert.Equal(typeof(InvalidOperationException).FullName, tool.GetTagItem("error.type"));
            Assert.Equal(typeof(InvalidOperationException).FullName, Assert.Single(durations).Tags["error.type"]);
        }

        private static ActivityListener Listen(ConcurrentQueue<Activity> stopped)
        {
            var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "VoiceLive" || source.Name == AppSourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(listener);
            return listener;
        }

        private static MeterListener ListenToDurations(ConcurrentQueue<(double, Dictionary<string, object?>)> durations)
        {
            var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == "VoiceLive" && instrument.Name == "gen_ai.client.operation.duration")
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<double>((_, value, tags, _) => durations.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
            listener.Start();
            return listener;
        }
    }
}
