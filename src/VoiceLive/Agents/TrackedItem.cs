using VoiceLive.Agents;

namespace VoiceLive
{
    /// <summary>
    /// One conversation item as <see cref="ConversationTracker"/> last saw it: a snapshot, never changed afterwards
    /// (read <see cref="ConversationTracker.Items"/> again for the newer state).
    /// </summary>
    public sealed class TrackedItem
    {
        internal TrackedItem(ItemState state)
        {
            Id = state.Id;
            Type = state.Type;
            Role = state.Role;
            Status = state.Status;
            ResponseId = state.ResponseId;
            Text = state.Text?.ToString();
            Transcript = state.Transcript?.ToString();
            TranscriptionFailed = state.TranscriptionFailed;
            HasAudio = state.HasAudio;
            AudioDurationMs = state.AudioDurationMs;
            IsTruncated = state.IsTruncated;
            CallId = state.CallId;
            Name = state.Name;
            Arguments = state.Arguments?.ToString();
            Output = state.Output;
        }

        /// <summary>The item id (<c>item.id</c>).</summary>
        public string Id { get; }

        /// <summary>The item type: <c>message</c>, <c>function_call</c>, <c>function_call_output</c>, …</summary>
        public ItemType Type { get; }

        /// <summary>The role of a message (<c>user</c>, <c>assistant</c>, <c>system</c>); null for other items.</summary>
        public MessageRole? Role { get; }

        /// <summary>The item status (<c>in_progress</c>, <c>completed</c>, <c>incomplete</c>) when the service gave one.</summary>
        public ResponseItemStatus? Status { get; }

        /// <summary>The response that produced the item, or null for items the client created or audio it committed.</summary>
        public string? ResponseId { get; }

        /// <summary>The item's text: the user's <c>input_text</c>, or the assistant's <c>text</c> (deltas joined); null if none.</summary>
        public string? Text { get; }

        /// <summary>
        /// The transcript of the item's audio: the assistant's audio transcript, or the transcription of the user's
        /// input audio (deltas joined, then the completed text). Empty once the item's audio was truncated: the service
        /// removes the transcript of audio the user did not hear.
        /// </summary>
        public string? Transcript { get; }

        /// <summary>True when the transcription of the user's audio failed (<c>...input_audio_transcription.failed</c>).</summary>
        public bool TranscriptionFailed { get; }

        /// <summary>True when the item carries audio (the user's committed input, or the assistant's spoken output).</summary>
        public bool HasAudio { get; }

        /// <summary>
        /// How much audio the item holds, in milliseconds: for the assistant the audio received (or the truncation point),
        /// for the user the speech segment server VAD found or the audio appended before a manual commit; null if unknown.
        /// </summary>
        public int? AudioDurationMs { get; }

        /// <summary>True after <c>conversation.item.truncated</c>: the audio was cut at <see cref="AudioDurationMs"/>.</summary>
        public bool IsTruncated { get; }

        /// <summary>The call id of a <c>function_call</c> or <c>function_call_output</c> item.</summary>
        public string? CallId { get; }

        /// <summary>The function name of a <c>function_call</c> item.</summary>
        public string? Name { get; }

        /// <summary>The arguments of a <c>function_call</c> item, as JSON text (deltas joined).</summary>
        public string? Arguments { get; }

        /// <summary>
        /// The output: of a <c>function_call_output</c> item, or for a <c>function_call</c> item the output the conversation
        /// holds for its call id (null until one was added).
        /// </summary>
        public string? Output { get; }

        /// <summary>Describes the item for logs and test failures.</summary>
        /// <returns>The type, id and the first characters of its text.</returns>
        public override string ToString()
        {
            string content = Name is not null ? $"{Name}({Arguments}) => {Output}" : (Text ?? Transcript ?? string.Empty);
            return $"{Type} {Id} {Role} {Status}: {content}";
        }
    }
}
