using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.input_audio_transcription.delta</c>: a chunk of the transcription of a user audio item, for transcription models that stream.
    /// </summary>
    [WireEvent("conversation.item.input_audio_transcription.delta", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemInputAudioTranscriptionDelta : ServerEvent
    {
        private string _itemId = string.Empty;
        private IList<LogProbProperties> _logProbs = new OptionalList<LogProbProperties>();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemInputAudioTranscriptionDelta()
            : base(WireNames.ConversationItemInputAudioTranscriptionDelta)
        {
        }

        /// <summary>The user audio item (<c>item_id</c>) being transcribed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part being transcribed (<c>content_index</c>), when the service sends it.</summary>
        [JsonPropertyName("content_index")]
        public int? ContentIndex { get; set; }

        /// <summary>The new chunk of transcript text (<c>delta</c>); append it to the previous chunks.</summary>
        [JsonPropertyName("delta")]
        public string? Delta { get; set; }

        /// <summary>Log probabilities of the tokens in this chunk (<c>logprobs</c>), when requested; empty otherwise.</summary>
        [JsonPropertyName("logprobs")]
        public IList<LogProbProperties> LogProbs
        {
            get => _logProbs;
            set => _logProbs = value ?? new OptionalList<LogProbProperties>();
        }
    }
}
