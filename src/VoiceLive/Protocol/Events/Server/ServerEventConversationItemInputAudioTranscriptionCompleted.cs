using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.input_audio_transcription.completed</c>: the transcription of a user audio item is finished (sent when input audio transcription is enabled on the session).
    /// </summary>
    [WireEvent("conversation.item.input_audio_transcription.completed", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemInputAudioTranscriptionCompleted : ServerEvent
    {
        private string _itemId = string.Empty;
        private string _transcript = string.Empty;
        private IList<LogProbProperties> _logProbs = new OptionalList<LogProbProperties>();
        private IList<TranscriptionPhrase> _phrases = new OptionalList<TranscriptionPhrase>();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemInputAudioTranscriptionCompleted()
            : base(WireNames.ConversationItemInputAudioTranscriptionCompleted)
        {
        }

        /// <summary>The user audio item (<c>item_id</c>) that was transcribed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part that was transcribed (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>The complete transcript of the user's audio (<c>transcript</c>).</summary>
        [JsonPropertyName("transcript")]
        public string Transcript
        {
            get => _transcript;
            set => _transcript = value ?? string.Empty;
        }

        /// <summary>Log probabilities of the transcript tokens (<c>logprobs</c>), when the session's <c>include</c> asks for them; empty otherwise.</summary>
        [JsonPropertyName("logprobs")]
        public IList<LogProbProperties> LogProbs
        {
            get => _logProbs;
            set => _logProbs = value ?? new OptionalList<LogProbProperties>();
        }

        /// <summary>The recognized phrases with timing (<c>phrases</c>), when the session's <c>include</c> asks for them; empty otherwise.</summary>
        [JsonPropertyName("phrases")]
        public IList<TranscriptionPhrase> Phrases
        {
            get => _phrases;
            set => _phrases = value ?? new OptionalList<TranscriptionPhrase>();
        }
    }
}
