using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio.turn.start</c>: (Azure extension) starts a client-delimited input audio turn, used instead of the input audio buffer when turn boundaries are decided by the client.
    /// </summary>
    [WireEvent("input_audio.turn.start", EventGroup.InputAudioTurn, SentBy = "InputAudio.Turn.StartAsync")]
    public sealed class ClientEventInputAudioTurnStart : ClientEvent
    {
        private string _turnId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioTurnStart()
            : base(WireNames.InputAudioTurnStart)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="turnId">A client-chosen identifier for the new turn (<c>turn_id</c>).</param>
        public ClientEventInputAudioTurnStart(string turnId)
            : this()
        {
            TurnId = turnId ?? throw new ArgumentNullException(nameof(turnId));
        }

        /// <summary>A client-chosen identifier for the new turn (<c>turn_id</c>).</summary>
        [JsonPropertyName("turn_id")]
        public string TurnId
        {
            get => _turnId;
            set => _turnId = value ?? string.Empty;
        }
    }
}
