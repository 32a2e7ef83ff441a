using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>conversation.item.input_audio_transcription.failed</c>: the transcription of a user audio item failed; the conversation itself is unaffected.
    /// </summary>
    [WireEvent("conversation.item.input_audio_transcription.failed", EventGroup.ConversationItems)]
    public sealed class ServerEventConversationItemInputAudioTranscriptionFailed : ServerEvent
    {
        private string _itemId = string.Empty;
        private VoiceLiveErrorDetails _error = new VoiceLiveErrorDetails();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventConversationItemInputAudioTranscriptionFailed()
            : base(WireNames.ConversationItemInputAudioTranscriptionFailed)
        {
        }

        /// <summary>The user audio item (<c>item_id</c>) whose transcription failed.</summary>
        [JsonPropertyName("item_id")]
        public string ItemId
        {
            get => _itemId;
            set => _itemId = value ?? string.Empty;
        }

        /// <summary>The index of the audio content part whose transcription failed (<c>content_index</c>).</summary>
        [JsonPropertyName("content_index")]
        public int ContentIndex { get; set; }

        /// <summary>Why the transcription failed (<c>error</c>).</summary>
        [JsonPropertyName("error")]
        public VoiceLiveErrorDetails Error
        {
            get => _error;
            set => _error = value ?? new VoiceLiveErrorDetails();
        }
    }
}
