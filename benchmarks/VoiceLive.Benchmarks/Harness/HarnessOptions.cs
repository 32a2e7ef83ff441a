using System;
using System.Globalization;
using System.Linq;

namespace VoiceLive.Benchmarks
{
    /// <summary>Command-line options shared by the harnesses.</summary>
    public sealed class HarnessOptions
    {
        public bool Quick { get; private set; }

        public int? Rounds { get; private set; }

        public int? Count { get; private set; }

        public int[]? Sessions { get; private set; }

        public int? Seconds { get; private set; }

        public bool AllocationTypes { get; private set; }

        /// <summary>scale: step the session count until the knee (<see cref="ScaleKneeHarness"/>).</summary>
        public bool Knee { get; private set; }

        /// <summary>Runs one side only ("floor" or "voicelive"), for a profiler attached to the process.</summary>
        public string? Only { get; private set; }

        /// <summary>The peers harness's clients to run (the floor always runs: it is every ratio's base); null = all.</summary>
        public string[]? Clients { get; private set; }

        public static HarnessOptions Parse(string[] args)
        {
            var o = new HarnessOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i] + " needs a value");
                switch (args[i])
                {
                    case "--quick":
                        o.Quick = true;
                        break;
                    case "--knee":
                        o.Knee = true;
                        break;
                    case "--alloc-types":
                        o.AllocationTypes = true;
                        break;
                    case "--only":
                        o.Only = Next();
                        break;
                    case "--rounds":
                        o.Rounds = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--count":
                        o.Count = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--sessions":
                        o.Sessions = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--clients":
                        o.Clients = Next().Split(',');
                        break;
                    case "--seconds":
                        o.Seconds = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                }
            }

            return o;
        }
    }
}
