using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio.turn.end</c>: (Azure extension) ends an input audio turn; the service processes the turn's audio.
    /// </summary>
    [WireEvent("input_audio.turn.end", EventGroup.InputAudioTurn, SentBy = "InputAudio.Turn.EndAsync")]
    public sealed class ClientEventInputAudioTurnEnd : ClientEvent
    {
        private string _turnId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioTurnEnd()
            : base(WireNames.InputAudioTurnEnd)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="turnId">The turn (<c>turn_id</c>) to end.</param>
        public ClientEventInputAudioTurnEnd(string turnId)
            : this()
        {
            TurnId = turnId ?? throw new ArgumentNullException(nameof(turnId));
        }

        /// <summary>The turn (<c>turn_id</c>) to end.</summary>
        [JsonPropertyName("turn_id")]
        public string TurnId
        {
            get => _turnId;
            set => _turnId = value ?? string.Empty;
        }
    }
}
