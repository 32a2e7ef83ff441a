using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>input_audio.turn.append</c>: (Azure extension) adds audio to an input audio turn started with <c>input_audio.turn.start</c>.
    /// </summary>
    [WireEvent("input_audio.turn.append", EventGroup.InputAudioTurn, SentBy = "InputAudio.Turn.AppendAsync")]
    public sealed class ClientEventInputAudioTurnAppend : ClientEvent
    {
        private string _turnId = string.Empty;

        /// <summary>Creates the event with no fields set; set the properties before sending.</summary>
        public ClientEventInputAudioTurnAppend()
            : base(WireNames.InputAudioTurnAppend)
        {
        }

        /// <summary>Creates the event with its required fields.</summary>
        /// <param name="turnId">The turn (<c>turn_id</c>) the audio belongs to.</param>
        /// <param name="audio">The audio bytes (<c>audio</c>), in the session's <c>input_audio_format</c>; written to the wire as base64.</param>
        public ClientEventInputAudioTurnAppend(string turnId, ReadOnlyMemory<byte> audio)
            : this()
        {
            TurnId = turnId ?? throw new ArgumentNullException(nameof(turnId));
            Audio = audio;
        }

        /// <summary>The turn (<c>turn_id</c>) the audio belongs to.</summary>
        [JsonPropertyName("turn_id")]
        public string TurnId
        {
            get => _turnId;
            set => _turnId = value ?? string.Empty;
        }

        /// <summary>The audio bytes (<c>audio</c>), in the session's <c>input_audio_format</c>; written to the wire as base64.</summary>
        [JsonPropertyName("audio")]
        public ReadOnlyMemory<byte> Audio { get; set; }
    }
}
