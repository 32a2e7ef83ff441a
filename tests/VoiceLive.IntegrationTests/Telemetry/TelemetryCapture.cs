using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Xunit;

namespace VoiceLive.IntegrationTests.Telemetry
{
    /// <summary>The telemetry tests subscribe process-wide listeners: they run alone, never beside other tests.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TelemetryCollection
    {
        public const string Name = "Telemetry";
    }

    /// <summary>One measurement a <see cref="MeterListener"/> saw.</summary>
    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public object? Tag(string name) => Tags.TryGetValue(name, out object? value) ? value : null;
    }

    /// <summary>
    /// Listens to the <c>VoiceLive</c> ActivitySource and Meter the way an OpenTelemetry SDK does (ActivityListener,
    /// MeterListener), keeping every stopped span and every measurement. <see cref="TestSource"/> makes the app's own spans.
    /// </summary>
    internal sealed class TelemetryCapture : IDisposable
    {
        private const string TestSourceName = "VoiceLive.IntegrationTests";

        public static readonly ActivitySource TestSource = new ActivitySource(TestSourceName);

        private readonly ActivityListener? _activityListener;
        private readonly MeterListener? _meterListener;
        private readonly ConcurrentQueue<Activity> _activities = new ConcurrentQueue<Activity>();
        private readonly ConcurrentQueue<Measurement> _measurements = new ConcurrentQueue<Measurement>();

        public TelemetryCapture(bool traces = true, bool metrics = true)
        {
            if (traces)
            {
                _activityListener = new ActivityListener
                {
                    ShouldListenTo = source => source.Name == "VoiceLive" || source.Name == TestSourceName,
                    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                    ActivityStopped = activity => _activities.Enqueue(activity),
                };
                ActivitySource.AddActivityListener(_activityListener);
            }

            if (metrics)
            {
                _meterListener = new MeterListener
                {
                    InstrumentPublished = (instrument, listener) =>
                    {
                        if (instrument.Meter.Name == "VoiceLive")
                        {
                            listener.EnableMeasurementEvents(instrument);
                        }
                    },
                };
                _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
                _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
                _meterListener.Start();
            }
        }

        /// <summary>The stopped <c>VoiceLive</c> spans with this operation name, in the order they stopped.</summary>
        public List<Activity> Spans(string operationName) => _activities.Where(a => a.Source.Name == "VoiceLive" && a.OperationName == operationName).ToList();

        /// <summary>The measurements of one instrument that belong to the emulator on <paramref name="port"/>.</summary>
        public List<Measurement> Measurements(string instrument, int? port = null) => _measurements
            .Where(m => m.Instrument == instrument && (port is null || Equals(m.Tag("server.port"), port)))
            .ToList();

        public void Dispose()
        {
            _activityListener?.Dispose();
            _meterListener?.Dispose();
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
        }
    }
}
