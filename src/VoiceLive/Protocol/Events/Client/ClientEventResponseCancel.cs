using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.cancel</c>: cancels the response in progress; the service sends <c>response.done</c> with status <c>cancelled</c>.
    /// </summary>
    [WireEvent("response.cancel", EventGroup.Responses, SentBy = "Response.CancelAsync")]
    public sealed class ClientEventResponseCancel : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventResponseCancel()
            : base(WireNames.ResponseCancel)
        {
        }

        /// <summary>The response (<c>response_id</c>) to cancel; when not sent, the response in progress is cancelled.</summary>
        [JsonPropertyName("response_id")]
        public string? ResponseId { get; set; }
    }
}
