using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Why a response was cancelled (<c>status_details</c> with <c>type</c> <c>cancelled</c>).</summary>
    public sealed class ResponseCancelledDetails : ResponseStatusDetails
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseCancelledDetails()
            : base(ResponseStatus.Cancelled)
        {
        }

        /// <summary>The reason (<c>reason</c>).</summary>
        [JsonPropertyName("reason")]
        public ResponseCancelledReason? Reason { get; set; }
    }
}
