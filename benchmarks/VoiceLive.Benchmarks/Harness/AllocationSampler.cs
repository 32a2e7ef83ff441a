using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// Which types are allocated (the runtime's AllocationTick event: one sample per ~100 KB allocated), for finding what
    /// the allocation figures are made of without dotnet-trace. Enabled with <c>--alloc-types</c>.
    /// </summary>
    public sealed class AllocationSampler : EventListener
    {
        private readonly ConcurrentDictionary<string, long> _bytesByType = new ConcurrentDictionary<string, long>();
        private volatile bool _enabled;

        public void Start() => _enabled = true;

        public void Print(string title)
        {
            _enabled = false;
            Console.WriteLine($"  allocation samples ({title}), ~100 KB each:");
            foreach (var pair in _bytesByType.OrderByDescending(p => p.Value).Take(8))
            {
                Console.WriteLine($"    {pair.Value / 1024.0,10:F0} KB  {pair.Key}");
            }

            _bytesByType.Clear();
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!_enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            int typeIndex = eventData.PayloadNames!.IndexOf("TypeName");
            int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
            string type = typeIndex >= 0 ? eventData.Payload[typeIndex] as string ?? "?" : "?";
            long amount = amountIndex >= 0 ? Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            _bytesByType.AddOrUpdate(type, amount, (_, v) => v + amount);
        }
    }
}
