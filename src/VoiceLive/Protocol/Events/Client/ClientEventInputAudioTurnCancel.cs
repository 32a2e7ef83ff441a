using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio.turn.cancel</c>: (Azure extension) cancels an input audio turn and discards its audio.
    /// </summary>
    [WireEvent("input_audio.turn.cancel", EventGroup.InputAudioTurn, SentBy = "InputAudio.Turn.CancelAsync")]
    public sealed class ClientEventInputAudioTurnCancel : ClientEvent
    {
        private string _turnId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioTurnCancel()
            : base(WireNames.InputAudioTurnCancel)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="turnId">The turn (<c>turn_id</c>) to cancel.</param>
        public ClientEventInputAudioTurnCancel(string turnId)
            : this()
        {
            TurnId = turnId ?? throw new ArgumentNullException(nameof(turnId));
        }

        /// <summary>The turn (<c>turn_id</c>) to cancel.</summary>
        [JsonPropertyName("turn_id")]
        public string TurnId
        {
            get => _turnId;
            set => _turnId = value ?? string.Empty;
        }
    }
}
