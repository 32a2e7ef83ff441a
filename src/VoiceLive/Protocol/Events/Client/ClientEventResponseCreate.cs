using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>response.create</c>: asks the model to respond (needed when server VAD does not create responses automatically); optional parameters override the session for this response only.
    /// </summary>
    [WireEvent("response.create", EventGroup.Responses, SentBy = "Response.CreateAsync")]
    public sealed class ClientEventResponseCreate : ClientEvent
    {
        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventResponseCreate()
            : base(WireNames.ResponseCreate)
        {
        }

        /// <summary>Parameters for this response only (<c>response</c>): instructions, modalities, voice, tools, extra input items…; when not sent, the session's configuration applies.</summary>
        [JsonPropertyName("response")]
        public ResponseCreateParams? Response { get; set; }

        /// <summary>(Azure extension) Instructions appended to the session's instructions for this response only (<c>additional_instructions</c>).</summary>
        [JsonPropertyName("additional_instructions")]
        public string? AdditionalInstructions { get; set; }
    }
}
