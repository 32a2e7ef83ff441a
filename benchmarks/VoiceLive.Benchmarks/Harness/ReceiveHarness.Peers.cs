using System;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>The receive harness's clients as the peers harness runs them, one per process.</summary>
    public static partial class ReceiveHarness
    {
        /// <summary>The firehose's chunk size, shared with the peers harness's other clients.</summary>
        internal const int PeerChunkBytes = ChunkBytes;

        /// <summary>The firehose query the peers' clients add to the emulator's URL.</summary>
        internal static string PeerQuery(int count) => Query(count);

        /// <summary>The floor: ClientWebSocket, Utf8JsonReader for <c>type</c> and <c>delta</c>, base64 into a reused buffer.</summary>
        internal static Task<Measurement> PeerFloorAsync(Uri endpoint, int count) => RunFloorAsync(endpoint, count);

        /// <summary>The raw frame loop: ClientWebSocket reassembling messages, no JSON and no base64 at all.</summary>
        internal static Task<Measurement> PeerRawFrameLoopAsync(Uri endpoint, int count) => RunFloorAsync(endpoint, count, RawInspect);

        /// <summary>This library: <c>await foreach</c> over typed events.</summary>
        internal static Task<Measurement> PeerVoiceLiveAsync(Uri endpoint, int count) => RunVoiceLiveAsync(endpoint, count);

        /// <summary>
        /// Counts the audio bytes from the frame's length alone (the firehose's frames of one kind all have the same
        /// shape) and stops at <c>response.done</c>: what is left once nothing of the payload is read.
        /// </summary>
        private static int RawInspect(ReadOnlySpan<byte> json, byte[] audio, ref long audioBytes, ref long sink)
        {
            if (json.Slice(0, Math.Min(json.Length, 48)).IndexOf("\"response.done\""u8) >= 0)
            {
                return 2;
            }

            if (json.Length > ChunkBytes)
            {
                audioBytes += ChunkBytes;
                sink += json[json.Length - 1];
                return 1;
            }

            return 0;
        }
    }
}
