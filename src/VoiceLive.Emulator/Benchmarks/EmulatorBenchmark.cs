using System;
using System.Collections.Generic;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Per-connection benchmark settings. Set <see cref="VoiceLiveEmulatorOptions.Benchmark"/> (every connection) or
    /// pass <see cref="EmulatorQueryParameters.Benchmark"/> and the firehose parameters on the URL, which win over the options.
    /// </summary>
    public sealed class EmulatorBenchmark
    {
        /// <summary>The load mode; <see cref="EmulatorBenchmarkMode.None"/> answers like the service.</summary>
        public EmulatorBenchmarkMode Mode { get; set; }

        /// <summary>Number of <c>response.audio.delta</c>/<c>response.audio_transcript.delta</c> pairs per <see cref="EmulatorBenchmarkMode.Firehose"/> response; default 1000.</summary>
        public int FirehoseCount { get; set; } = 1000;

        /// <summary>Audio bytes per firehose <c>response.audio.delta</c>; default 4800 (100 ms of 24 kHz PCM16).</summary>
        public int FirehoseChunkBytes { get; set; } = 4800;

        /// <summary>
        /// When true, the firehose's deltas are named as OpenAI's GA realtime API names them
        /// (<c>response.output_audio.delta</c>, <c>response.output_audio_transcript.delta</c>), so a client written for
        /// OpenAI's service types them; the payload is the same. Default false: Voice Live's names.
        /// </summary>
        public bool FirehoseOpenAINames { get; set; }

        internal EmulatorBenchmark Clone()
        {
            return (EmulatorBenchmark)MemberwiseClone();
        }

        /// <summary>Applies the benchmark query parameters found in <paramref name="query"/>; throws <see cref="FormatException"/> for a bad value.</summary>
        internal void ApplyQuery(IReadOnlyDictionary<string, string> query)
        {
            // emulator-fault also names the modes, so the URLs written before emulator-benchmark existed keep working.
            if (query.TryGetValue(EmulatorQueryParameters.Fault, out string? fault) && TryParseMode(fault, out EmulatorBenchmarkMode fromFault))
            {
                Mode = fromFault;
            }

            if (query.TryGetValue(EmulatorQueryParameters.Benchmark, out string? mode))
            {
                Mode = TryParseMode(mode, out EmulatorBenchmarkMode parsed)
                    ? parsed
                    : throw new FormatException($"Unknown {EmulatorQueryParameters.Benchmark} value '{mode}'; use none, firehose, echo or sink.");
            }

            FirehoseCount = QueryValues.TryInt(query, EmulatorQueryParameters.FirehoseCount, out int count) ? count : FirehoseCount;
            FirehoseChunkBytes = QueryValues.TryInt(query, EmulatorQueryParameters.FirehoseChunkBytes, out int chunk) ? chunk : FirehoseChunkBytes;
            if (query.TryGetValue(EmulatorQueryParameters.FirehoseNames, out string? names))
            {
                FirehoseOpenAINames = names switch
                {
                    "openai" => true,
                    "voicelive" => false,
                    _ => throw new FormatException($"Unknown {EmulatorQueryParameters.FirehoseNames} value '{names}'; use openai or voicelive."),
                };
            }
        }

        /// <summary>True when <paramref name="value"/> names a benchmark mode (<c>none</c> only through <c>emulator-benchmark</c>).</summary>
        internal static bool IsModeName(string value)
        {
            return value is "firehose" or "echo" or "sink";
        }

        private static bool TryParseMode(string value, out EmulatorBenchmarkMode mode)
        {
            mode = value switch
            {
                "firehose" => EmulatorBenchmarkMode.Firehose,
                "echo" => EmulatorBenchmarkMode.Echo,
                "sink" => EmulatorBenchmarkMode.Sink,
                _ => EmulatorBenchmarkMode.None,
            };
            return mode != EmulatorBenchmarkMode.None || value is "none" or "";
        }
    }
}
