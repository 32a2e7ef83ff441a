using System.Threading;

namespace VoiceLive
{
    /// <summary>What <see cref="ResponseResource.InterruptAsync(AudioPlaybackTracker, CancellationToken)"/> did on a barge-in.</summary>
    public sealed class InterruptionResult
    {
        internal InterruptionResult(string? cancelledResponseId, string? truncatedItemId, int? truncatedAtMs, bool itemDeleted, int discardedAudioMs)
        {
            CancelledResponseId = cancelledResponseId;
            TruncatedItemId = truncatedItemId;
            TruncatedAtMs = truncatedAtMs;
            ItemDeleted = itemDeleted;
            DiscardedAudioMs = discardedAudioMs;
        }

        /// <summary>
        /// The response this call sent <c>response.cancel</c> for, or null when none was sent: no response was active,
        /// or the service (server VAD with <c>interrupt_response</c>) or an earlier call was already cancelling it.
        /// An empty string means a response was cancelled whose id the service did not report.
        /// </summary>
        public string? CancelledResponseId { get; }

        /// <summary>True when this call sent <c>response.cancel</c>.</summary>
        public bool ResponseCancelled => CancelledResponseId is not null;

        /// <summary>The assistant item truncated (or deleted) to match what was played, or null when nothing needed it.</summary>
        public string? TruncatedItemId { get; }

        /// <summary>The played position the item was truncated at (<c>audio_end_ms</c>), or null when it was not truncated.</summary>
        public int? TruncatedAtMs { get; }

        /// <summary>True when the item was deleted (<c>conversation.item.delete</c>) because none of its audio had been played.</summary>
        public bool ItemDeleted { get; }

        /// <summary>Milliseconds of received audio that were never played: what the app's player must drop now.</summary>
        public int DiscardedAudioMs { get; }
    }
}
