using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Protocol.Json.FastPath;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// End-to-end receive: the emulator's firehose (N <c>response.audio.delta</c> of 4,800 bytes interleaved with N
    /// <c>response.audio_transcript.delta</c>, then <c>response.done</c>) over loopback, read by (A) a raw
    /// <see cref="ClientWebSocket"/> floor and (B) VoiceLive's <c>await foreach</c>, alternating over several rounds.
    /// </summary>
    public static partial class ReceiveHarness
    {
        private const int ChunkBytes = 4800;

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int count = options.Count ?? (options.Quick ? 500 : 20_000);
            int rounds = options.Rounds ?? (options.Quick ? 2 : 9);
            Console.WriteLine($"receive harness: {count} audio deltas ({ChunkBytes} B) + {count} transcript deltas per run, {rounds} rounds, emulator in a separate process, GC {GcMode.Describe()}");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);

            // Warm-up (JIT, tiering, connection pools); not measured.
            await RunFloorAsync(emulator.Endpoint, Math.Min(count, 2000)).ConfigureAwait(false);
            await RunVoiceLiveAsync(emulator.Endpoint, Math.Min(count, 2000)).ConfigureAwait(false);

            if (options.Only is not null)
            {
                return await RunOneSideAsync(emulator.Endpoint, count, rounds, options.Only).ConfigureAwait(false);
            }

            using AllocationSampler? sampler = options.AllocationTypes ? new AllocationSampler() : null;
            var a = new List<Measurement>();
            var b = new List<Measurement>();
            var c = new List<Measurement>();
            var d = new List<Measurement>();
            var e = new List<Measurement>();
            var f = new List<Measurement>();
            var g = new List<Measurement>();
            var h = new List<Measurement>();
            for (int round = 0; round < rounds; round++)
            {
                // Stage breakdown (not part of the A/B ratio): the floor's socket loop with VoiceLive's parser instead of
                // its own (C), and with no JSON reader at all (D).
                c.Add(await RunFloorWithLibraryParserAsync(emulator.Endpoint, count).ConfigureAwait(false));
                d.Add(await RunFloorAsync(emulator.Endpoint, count, ProbeInspect).ConfigureAwait(false));
                e.Add(await RunFloorAsync(emulator.Endpoint, count, ProbeInspect, libraryTransport: true).ConfigureAwait(false));
                f.Add(await RunInPlaceProbeAsync(emulator.Endpoint, count).ConfigureAwait(false));
                // Alternate which side goes first so drift (other load on the machine) hits both alike.
                if (round % 2 == 0)
                {
                    a.Add(await RunFloorAsync(emulator.Endpoint, count).ConfigureAwait(false));
                    b.Add(await RunVoiceLiveAsync(emulator.Endpoint, count).ConfigureAwait(false));
                    g.Add(await RunVoiceLiveAsync(emulator.Endpoint, count, agentLayer: true).ConfigureAwait(false));
                    h.Add(await RunVoiceLiveAsync(emulator.Endpoint, count, keepAliveTimeout: false).ConfigureAwait(false));
                }
                else
                {
                    h.Add(await RunVoiceLiveAsync(emulator.Endpoint, count, keepAliveTimeout: false).ConfigureAwait(false));
                    g.Add(await RunVoiceLiveAsync(emulator.Endpoint, count, agentLayer: true).ConfigureAwait(false));
                    b.Add(await RunVoiceLiveAsync(emulator.Endpoint, count).ConfigureAwait(false));
                    a.Add(await RunFloorAsync(emulator.Endpoint, count).ConfigureAwait(false));
                }
            }

            if (sampler is not null)
            {
                sampler.Start();
                await RunVoiceLiveAsync(emulator.Endpoint, count).ConfigureAwait(false);
                sampler.Print("one more VoiceLive run");
            }

            Stats.PrintAb("receive (events = response.created + 2N deltas + response.done)", a, b, "floor", "VoiceLive");
            double cpuA = Stats.Median(a.ConvertAll(m => m.CpuMs)), cpuB = Stats.Median(b.ConvertAll(m => m.CpuMs)), cpuC = Stats.Median(c.ConvertAll(m => m.CpuMs));
            Console.WriteLine($"CPU by stage (medians): floor = ClientWebSocket's own transport + floor parse (A) {cpuA:F1} ms; the same transport + VoiceLive's parser (C) {cpuC:F1} ms, so parser minus floor parse = {cpuC - cpuA:F1} ms; VoiceLive's buffered transport + connection + enumerator instead of that transport (B - C) = {cpuB - cpuC:F1} ms");
            // Each probe's median CPU against the floor's, split as the A/B table is.
            string AgainstFloor(List<Measurement> runs)
            {
                double cpu = Stats.Median(runs.ConvertAll(m => m.CpuMs));
                return $"{cpu:F1} ms = {cpu / cpuA:F2}x the floor (user {Stats.Median(runs.ConvertAll(m => m.UserCpuMs)):F1} ms, kernel {Stats.Median(runs.ConvertAll(m => m.KernelCpuMs)):F1} ms)";
            }

            Console.WriteLine($"probe (D) = the floor's transport, delta found by byte search and decoded from the frame into a reused buffer, no JSON reader: {AgainstFloor(d)}");
            Console.WriteLine($"probe on VoiceLive's transport (E) = the same probe over the library's HTTP upgrade and read buffering: {AgainstFloor(e)}; VoiceLive (B) = {cpuB / Stats.Median(e.ConvertAll(m => m.CpuMs)):F2}x this bound");
            Console.WriteLine($"in-place probe (F) = raw socket, frames parsed in place in one buffer, the same probe, no WebSocket object: {AgainstFloor(f)}");
            double cpuG = Stats.Median(g.ConvertAll(m => m.CpuMs));
            Console.WriteLine($"agent layer (G) = VoiceLive with a ConversationTracker and a registered tool: {cpuG:F1} ms = {cpuG / cpuB:F3}x VoiceLive alone ({(cpuG / cpuB - 1) * 100:+0.0;-0.0}% CPU; target <= +5%), {Stats.Median(g.ConvertAll(m => (double)m.AllocatedBytes / count)):F0} B per delta pair");
            // Per-round ratios: each round's G and B ran back to back, so these share the moment's load.
            var perRoundG = new List<double>();
            var perRoundH = new List<double>();
            for (int i = 0; i < b.Count; i++)
            {
                perRoundG.Add(g[i].CpuMs / b[i].CpuMs);
                perRoundH.Add(h[i].CpuMs / b[i].CpuMs);
            }

            Console.WriteLine($"agent layer (G) per round: median G/B {Stats.Median(perRoundG):F3}, range {Min(perRoundG):F2}-{Max(perRoundG):F2}");
            double cpuH = Stats.Median(h.ConvertAll(m => m.CpuMs));
            Console.WriteLine($"VoiceLive without a keep-alive timeout (H, dead-peer detection off): {cpuH:F1} ms = {cpuH / cpuA:F2}x the floor, {cpuH / cpuB:F3}x VoiceLive (median of per-round H/B {Stats.Median(perRoundH):F3})");
            double perPair = Stats.Median(b.ConvertAll(m => (double)m.AllocatedBytes / count));
            Console.WriteLine($"VoiceLive allocated per audio+transcript delta pair: {perPair:F0} B (decoded payload {ChunkBytes} B; target <= {ChunkBytes + 512} B)");
            return 0;
        }

        /// <summary>Only one side, round after round, for a profiler (<c>perf record</c>, <c>dotnet-trace</c>); prints CPU per round.</summary>
        private static async Task<int> RunOneSideAsync(Uri endpoint, int count, int rounds, string side)
        {
            bool floor = side == "floor";
            if (!floor && side != "voicelive")
            {
                Console.Error.WriteLine("--only takes floor or voicelive");
                return 2;
            }

            for (int round = 0; round < rounds; round++)
            {
                long faults = MinorPageFaults();
                Measurement m = floor ? await RunFloorAsync(endpoint, count).ConfigureAwait(false) : await RunVoiceLiveAsync(endpoint, count).ConfigureAwait(false);
                faults = MinorPageFaults() - faults;
                Console.WriteLine($"round {round + 1} {side}: wall {m.WallMs:F1} ms, cpu {m.CpuMs:F1} ms (user {m.UserCpuMs:F1}, kernel {m.KernelCpuMs:F1}), {m.BytesPerEvent:F0} B/event, {m.Gen0Collections} GCs, {faults} page faults");
            }

            return 0;
        }

        /// <summary>The process's minor page faults so far (Linux; -1 elsewhere): first touches of memory, for example a GC's fresh regions.</summary>
        private static long MinorPageFaults()
        {
            try
            {
                string stat = System.IO.File.ReadAllText("/proc/self/stat");
                string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture); // minflt, field 10 of stat
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is FormatException || e is IndexOutOfRangeException)
            {
                return -1;
            }
        }

        private static string Query(int count) => $"emulator-benchmark=firehose&emulator-firehose-count={count}&emulator-firehose-chunk-bytes={ChunkBytes}";

        /// <summary>(A) the floor: reassemble frames, find <c>type</c> and <c>delta</c> with Utf8JsonReader, decode into a reused buffer.</summary>
        private static Task<Measurement> RunFloorAsync(Uri endpoint, int count) => RunFloorAsync(endpoint, count, Inspect);

        /// <summary>The floor's loop with the given per-frame inspection (the floor's own, or the probe's), over a plain
        /// ClientWebSocket or over the library's transport.</summary>
        private static async Task<Measurement> RunFloorAsync(Uri endpoint, int count, FrameInspector inspect, bool libraryTransport = false)
        {
            WebSocket socket = libraryTransport
                ? await RawSocket.ConnectLibraryTransportAsync(endpoint, Query(count)).ConfigureAwait(false)
                : await RawSocket.ConnectAsync(endpoint, Query(count)).ConfigureAwait(false);
            var frame = new[] { new byte[64 * 1024] };
            var audio = new byte[64 * 1024];
            await RawSocket.ReadMessageAsync(socket, frame).ConfigureAwait(false); // session.created
            byte[] create = Encoding.UTF8.GetBytes("{\"type\":\"response.create\"}");

            var meter = new Meter();
            await socket.SendAsync(create, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            int events = 0;
            long audioBytes = 0;
            long sink = 0;
            while (true)
            {
                int length = await RawSocket.ReadMessageAsync(socket, frame).ConfigureAwait(false);
                if (length < 0)
                {
                    throw new InvalidOperationException("The emulator closed the floor's connection.");
                }

                events++;
                int kind = inspect(frame[0].AsSpan(0, length), audio, ref audioBytes, ref sink);
                if (kind == 2)
                {
                    break;
                }
            }

            Measurement m = meter.Stop(events);
            Check(audioBytes, count, "floor");
            await RawSocket.CloseAsync(socket).ConfigureAwait(false);
            GC.KeepAlive(sink);
            return m;
        }

        /// <summary>(C) the floor's socket loop, parsing with the library's connection parser: isolates the parse cost.</summary>
        private static async Task<Measurement> RunFloorWithLibraryParserAsync(Uri endpoint, int count)
        {
            ClientWebSocket socket = await RawSocket.ConnectAsync(endpoint, Query(count)).ConfigureAwait(false);
            var frame = new[] { new byte[64 * 1024] };
            var parser = new ServerEventReader();
            await RawSocket.ReadMessageAsync(socket, frame).ConfigureAwait(false); // session.created
            byte[] create = Encoding.UTF8.GetBytes("{\"type\":\"response.create\"}");

            var meter = new Meter();
            await socket.SendAsync(create, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            int events = 0;
            long audioBytes = 0;
            long sink = 0;
            while (true)
            {
                int length = await RawSocket.ReadMessageAsync(socket, frame).ConfigureAwait(false);
                if (length < 0)
                {
                    throw new InvalidOperationException("The emulator closed the connection.");
                }

                events++;
                ServerEvent evt = parser.Parse(frame[0].AsSpan(0, length));
                if (evt is ServerEventResponseAudioDelta audio)
                {
                    ReadOnlySpan<byte> bytes = audio.Delta.Span;
                    sink += bytes[0] + bytes[bytes.Length - 1];
                    audioBytes += bytes.Length;
                }
                else if (evt is ServerEventResponseDone)
                {
                    break;
                }
            }

            Measurement m = meter.Stop(events);
            Check(audioBytes, count, "floor with VoiceLive parser");
            await RawSocket.CloseAsync(socket).ConfigureAwait(false);
            GC.KeepAlive(sink);
            return m;
        }

        /// <summary>Inspects one frame: 1 for an audio delta (decoded into <c>audio</c>), 2 for response.done, 0 otherwise.</summary>
        private delegate int FrameInspector(ReadOnlySpan<byte> json, byte[] audio, ref long audioBytes, ref long sink);

        /// <summary>
        /// (D) the probe the issue cites at about 0.5x the floor: the type by a byte comparison at the frame's start, the
        /// delta by a byte search, base64 decoded straight from the frame. It validates nothing, so it is a bound, not a
        /// parser: it shows what is left of the floor's cost once JSON reading is gone entirely.
        /// </summary>
        private static int ProbeInspect(ReadOnlySpan<byte> json, byte[] audio, ref long audioBytes, ref long sink)
        {
            ReadOnlySpan<byte> head = json.Slice(0, Math.Min(json.Length, 48));
            if (head.IndexOf("\"response.audio.delta\""u8) >= 0)
            {
                int start = json.IndexOf("\"delta\":\""u8) + 9;
                int length = json.Slice(start).IndexOf((byte)'"');
                Base64.DecodeFromUtf8(json.Slice(start, length), audio, out _, out int written);
                sink += audio[0] + audio[written - 1];
                audioBytes += written;
                return 1;
            }

            return head.IndexOf("\"response.done\""u8) >= 0 ? 2 : 0;
        }

        /// <summary>Returns 1 for an audio delta, 2 for response.done, 0 otherwise.</summary>
        private static int Inspect(ReadOnlySpan<byte> json, byte[] audio, ref long audioBytes, ref long sink)
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            ReadOnlySpan<byte> type = default;
            ReadOnlySpan<byte> delta = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = reader.ValueSpan;
                }
                else if (reader.ValueTextEquals("delta"u8))
                {
                    reader.Read();
                    delta = reader.ValueSpan;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (type.SequenceEqual("response.audio.delta"u8))
            {
                Base64.DecodeFromUtf8(delta, audio, out _, out int written);
                sink += audio[0] + audio[written - 1];
                audioBytes += written;
                return 1;
            }

            return type.SequenceEqual("response.done"u8) ? 2 : 0;
        }

        /// <summary>(B) VoiceLive: <c>await foreach</c> over typed events, touching each audio delta's bytes.</summary>
        private static double Min(List<double> values) => values.Count == 0 ? double.NaN : values.Min();

        private static double Max(List<double> values) => values.Count == 0 ? double.NaN : values.Max();

        private static async Task<Measurement> RunVoiceLiveAsync(Uri endpoint, int count, bool agentLayer = false, bool keepAliveTimeout = true)
        {
            var clientOptions = new VoiceLiveClientOptions();
            if (!keepAliveTimeout)
            {
                clientOptions.KeepAliveTimeout = Timeout.InfiniteTimeSpan;
            }

            clientOptions.AdditionalQueryParameters["emulator-benchmark"] = "firehose";
            clientOptions.AdditionalQueryParameters["emulator-firehose-count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            clientOptions.AdditionalQueryParameters["emulator-firehose-chunk-bytes"] = ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential("benchmark"), "gpt-realtime", clientOptions).ConfigureAwait(false);
            await connection.ReceiveAsync().ConfigureAwait(false); // session.created

            // The agent layer as an app switches it on: the tracker follows every event, the tool runner looks at each.
            using ConversationTracker? tracker = agentLayer ? new ConversationTracker(connection) : null;
            if (agentLayer)
            {
                connection.Tools.Register(Microsoft.Extensions.AI.AIFunctionFactory.Create(() => "unused", "get_weather"));
            }

            var meter = new Meter();
            await connection.Response.CreateAsync().ConfigureAwait(false);
            int events = 0;
            long audioBytes = 0;
            long sink = 0;
            await foreach (ServerEvent evt in (IAsyncEnumerable<ServerEvent>)connection)
            {
                events++;
                if (evt is ServerEventResponseAudioDelta audio)
                {
                    ReadOnlySpan<byte> bytes = audio.Delta.Span;
                    sink += bytes[0] + bytes[bytes.Length - 1];
                    audioBytes += bytes.Length;
                }
                else if (evt is ServerEventResponseDone)
                {
                    break;
                }
            }

            Measurement m = meter.Stop(events);
            Check(audioBytes, count, "VoiceLive");
            GC.KeepAlive(sink);
            return m;
        }

        private static void Check(long audioBytes, int count, string who)
        {
            if (audioBytes != (long)count * ChunkBytes)
            {
                throw new InvalidOperationException($"{who} received {audioBytes} audio bytes, expected {(long)count * ChunkBytes}.");
            }
        }
    }
}
