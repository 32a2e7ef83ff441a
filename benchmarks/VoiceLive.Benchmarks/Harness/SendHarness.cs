using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Transport;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// End-to-end send: N <c>input_audio_buffer.append</c> of 4,800 bytes to the emulator's <c>sink</c> mode (reads and
    /// drops them), (A) a floor that base64-encodes into a reused buffer and calls SendAsync, (B) VoiceLive's AppendAsync.
    /// </summary>
    public static partial class SendHarness
    {
        private const int ChunkBytes = 4800;
        private const string Query = "emulator-benchmark=sink";

        public static async Task<int> RunAsync(HarnessOptions options)
        {
            int count = options.Count ?? (options.Quick ? 500 : 20_000);
            int rounds = options.Rounds ?? (options.Quick ? 2 : 9);
            Console.WriteLine($"send harness: {count} appends of {ChunkBytes} B per run, {rounds} rounds, emulator in a separate process, GC {GcMode.Describe()}");
            await using EmulatorProcess emulator = await EmulatorProcess.StartAsync().ConfigureAwait(false);
            byte[] pcm = new byte[ChunkBytes];
            new Random(42).NextBytes(pcm);

            await RunFloorAsync(emulator.Endpoint, pcm, Math.Min(count, 2000)).ConfigureAwait(false);
            await RunVoiceLiveAsync(emulator.Endpoint, pcm, Math.Min(count, 2000)).ConfigureAwait(false);

            using AllocationSampler? sampler = options.AllocationTypes ? new AllocationSampler() : null;
            var a = new List<Measurement>();
            var b = new List<Measurement>();
            var c = new List<Measurement>();
            var d = new List<Measurement>();
            for (int round = 0; round < rounds; round++)
            {
                if (round % 2 == 0)
                {
                    a.Add(await RunFloorAsync(emulator.Endpoint, pcm, count).ConfigureAwait(false));
                    b.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count).ConfigureAwait(false));
                    c.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count, keepAliveTimeout: false).ConfigureAwait(false));
                    d.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count, semaphoreGate: true).ConfigureAwait(false));
                }
                else
                {
                    d.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count, semaphoreGate: true).ConfigureAwait(false));
                    c.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count, keepAliveTimeout: false).ConfigureAwait(false));
                    b.Add(await RunVoiceLiveAsync(emulator.Endpoint, pcm, count).ConfigureAwait(false));
                    a.Add(await RunFloorAsync(emulator.Endpoint, pcm, count).ConfigureAwait(false));
                }
            }

            if (sampler is not null)
            {
                sampler.Start();
                await RunVoiceLiveAsync(emulator.Endpoint, pcm, count).ConfigureAwait(false);
                sampler.Print("one more VoiceLive run");
            }

            Stats.PrintAb("send (events = appends)", a, b, "floor", "VoiceLive");
            // (C), not in the ratio: the same appends with dead-peer detection off. B runs the library's own detection (a
            // write gate under every frame, a ping when the service is quiet); C leaves the writes ungated.
            double cpuA = Stats.Median(a.ConvertAll(m => m.CpuMs)), cpuB = Stats.Median(b.ConvertAll(m => m.CpuMs)), cpuC = Stats.Median(c.ConvertAll(m => m.CpuMs));
            Console.WriteLine($"VoiceLive without a keep-alive timeout (C): {cpuC:F1} ms = {cpuC / cpuA:F2}x the floor, {cpuC / cpuB:F2}x VoiceLive with the default timeout (median of per-round C/A {Stats.Median(PerRound(c, a)):F2}, B/A {Stats.Median(PerRound(b, a)):F2})");
            // (D), not in the ratio: the send slot as a plain SemaphoreSlim, against the interlocked SendGate that B uses.
            double cpuD = Stats.Median(d.ConvertAll(m => m.CpuMs));
            Console.WriteLine($"VoiceLive with a SemaphoreSlim send gate (D): {cpuD:F1} ms = {cpuD / cpuA:F2}x the floor; B (SendGate) / D = {cpuB / cpuD:F2} (median of per-round D/A {Stats.Median(PerRound(d, a)):F2}, per-round B/D {Stats.Median(PerRound(b, d)):F2})");
            return 0;
        }

        private static async Task<Measurement> RunFloorAsync(Uri endpoint, byte[] pcm, int count)
        {
            ClientWebSocket socket = await RawSocket.ConnectAsync(endpoint, Query).ConfigureAwait(false);
            var frame = new[] { new byte[16 * 1024] };
            await RawSocket.ReadMessageAsync(socket, frame).ConfigureAwait(false); // session.created
            byte[] prefix = Encoding.UTF8.GetBytes("{\"type\":\"input_audio_buffer.append\",\"audio\":\"");
            byte[] suffix = Encoding.UTF8.GetBytes("\"}");
            byte[] buffer = new byte[prefix.Length + Base64.GetMaxEncodedToUtf8Length(pcm.Length) + suffix.Length];
            prefix.CopyTo(buffer, 0);

            var meter = new Meter();
            for (int i = 0; i < count; i++)
            {
                Base64.EncodeToUtf8(pcm, buffer.AsSpan(prefix.Length), out _, out int written);
                suffix.CopyTo(buffer, prefix.Length + written);
                await socket.SendAsync(buffer.AsMemory(0, prefix.Length + written + suffix.Length), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }

            Measurement m = meter.Stop(count);
            await RawSocket.CloseAsync(socket).ConfigureAwait(false);
            return m;
        }

        private static List<double> PerRound(List<Measurement> x, List<Measurement> floor)
        {
            var ratios = new List<double>();
            for (int i = 0; i < x.Count; i++)
            {
                ratios.Add(x[i].CpuMs / floor[i].CpuMs);
            }

            return ratios;
        }

        private static async Task<Measurement> RunVoiceLiveAsync(Uri endpoint, byte[] pcm, int count, bool keepAliveTimeout = true, bool semaphoreGate = false)
        {
            SendGate.SemaphoreOnly = semaphoreGate;
            var clientOptions = new VoiceLiveClientOptions();
            if (!keepAliveTimeout)
            {
                clientOptions.KeepAliveTimeout = Timeout.InfiniteTimeSpan;
            }

            clientOptions.AdditionalQueryParameters["emulator-benchmark"] = "sink";
            await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(endpoint, new AzureKeyCredential("benchmark"), "gpt-realtime", clientOptions).ConfigureAwait(false);
            SendGate.SemaphoreOnly = false;
            await connection.ReceiveAsync().ConfigureAwait(false); // session.created
            ReadOnlyMemory<byte> audio = pcm;

            var meter = new Meter();
            for (int i = 0; i < count; i++)
            {
                await connection.InputAudioBuffer.AppendAsync(audio).ConfigureAwait(false);
            }

            return meter.Stop(count);
        }
    }
}
