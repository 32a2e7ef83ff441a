using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;

namespace VoiceLive.Samples
{
    /// <summary>
    /// Collects the spans MEAI's OpenTelemetry middleware emits on its ActivitySource. An app would hand that source to
    /// the OpenTelemetry SDK (<c>AddSource(...)</c>) and an exporter; a listener is enough to show what is there.
    /// </summary>
    internal sealed class SpanCollector : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _spans = new();

        public SpanCollector(string sourceName)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == sourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _spans.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => _spans.Count;

        public void Print()
        {
            Console.WriteLine($"OpenTelemetry spans ({_spans.Count}):");
            foreach (var group in _spans.GroupBy(s => s.DisplayName))
            {
                Activity first = group.First();
                string provider = first.GetTagItem("gen_ai.provider.name") as string ?? "-";
                Console.WriteLine($"  {group.Count(),3} × {group.Key} (gen_ai.provider.name {provider})");
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
