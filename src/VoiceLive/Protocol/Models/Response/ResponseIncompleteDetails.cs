using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Why a response stopped early (<c>status_details</c> with <c>type</c> <c>incomplete</c>).</summary>
    public sealed class ResponseIncompleteDetails : ResponseStatusDetails
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public ResponseIncompleteDetails()
            : base(ResponseStatus.Incomplete)
        {
        }

        /// <summary>The reason (<c>reason</c>).</summary>
        [JsonPropertyName("reason")]
        public ResponseIncompleteReason? Reason { get; set; }
    }
}
