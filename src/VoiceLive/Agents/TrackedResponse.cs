using System.Collections.Generic;

namespace VoiceLive
{
    /// <summary>A response as <see cref="ConversationTracker"/> last saw it: a snapshot.</summary>
    public sealed class TrackedResponse
    {
        internal TrackedResponse(string id, ResponseStatus? status, ResponseStatusDetails? statusDetails, TokenUsage? usage, IReadOnlyList<string> outputItemIds)
        {
            Id = id;
            Status = status;
            StatusDetails = statusDetails;
            Usage = usage;
            OutputItemIds = outputItemIds;
        }

        /// <summary>The response id (<c>response.id</c>).</summary>
        public string Id { get; }

        /// <summary>The status: <c>in_progress</c> while active, then <c>completed</c>, <c>cancelled</c>, <c>failed</c> or <c>incomplete</c>.</summary>
        public ResponseStatus? Status { get; }

        /// <summary>Why it ended the way it did (for example the cancellation reason), from <c>response.done</c>.</summary>
        public ResponseStatusDetails? StatusDetails { get; }

        /// <summary>Token usage from <c>response.done</c>; null while the response is active.</summary>
        public TokenUsage? Usage { get; }

        /// <summary>The ids of the items the response produced, in output order.</summary>
        public IReadOnlyList<string> OutputItemIds { get; }

        /// <summary>Describes the response for logs.</summary>
        /// <returns>The id and status.</returns>
        public override string ToString() => $"response {Id} {Status}";
    }
}
