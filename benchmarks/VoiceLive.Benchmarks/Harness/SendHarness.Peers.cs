using System;
using System.Threading.Tasks;

namespace VoiceLive.Benchmarks
{
    /// <summary>The send harness's clients as the peers harness runs them, one per process.</summary>
    public static partial class SendHarness
    {
        /// <summary>The size of one append, shared with the peers harness's other clients.</summary>
        internal const int PeerChunkBytes = ChunkBytes;

        /// <summary>The query that puts the emulator in its sink mode (reads the appends and drops them).</summary>
        internal const string PeerQuery = Query;

        /// <summary>The audio every send client appends: the same bytes for all of them.</summary>
        internal static byte[] PeerAudio()
        {
            byte[] pcm = new byte[ChunkBytes];
            new Random(42).NextBytes(pcm);
            return pcm;
        }

        /// <summary>The floor: base64 into a reused buffer around a fixed JSON prefix and suffix, one SendAsync per append.</summary>
        internal static Task<Measurement> PeerFloorAsync(Uri endpoint, int count) => RunFloorAsync(endpoint, PeerAudio(), count);

        /// <summary>This library: <c>InputAudioBuffer.AppendAsync</c>.</summary>
        internal static Task<Measurement> PeerVoiceLiveAsync(Uri endpoint, int count) => RunVoiceLiveAsync(endpoint, PeerAudio(), count);
    }
}
