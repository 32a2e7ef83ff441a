namespace VoiceLive
{
    // Written by eng/ProtocolGen from the [WireEvent] event classes: edit those and run
    // `dotnet run --project eng/ProtocolGen`, not this file (CI checks that regenerating changes nothing).
    /// <summary>
    /// The wire <c>type</c> of every client event, as constants (<see cref="ClientEvent.Type"/>).
    /// </summary>
    public static class ClientEventType
    {
        /// <summary><c>conversation.item.create</c> (<see cref="ClientEventConversationItemCreate"/>): adds an item (a message, a function call output, an MCP approval…) to the conversation; the service answers with <c>conversation.item.created</c>.</summary>
        public const string ConversationItemCreate = "conversation.item.create";

        /// <summary><c>conversation.item.delete</c> (<see cref="ClientEventConversationItemDelete"/>): removes an item from the conversation; the service answers with <c>conversation.item.deleted</c>.</summary>
        public const string ConversationItemDelete = "conversation.item.delete";

        /// <summary><c>conversation.item.retrieve</c> (<see cref="ClientEventConversationItemRetrieve"/>): asks for an item as the server holds it; the service answers with <c>conversation.item.retrieved</c>.</summary>
        public const string ConversationItemRetrieve = "conversation.item.retrieve";

        /// <summary><c>conversation.item.truncate</c> (<see cref="ClientEventConversationItemTruncate"/>): truncates the audio of an assistant item at the point the user stopped hearing it (after an interruption), so the transcript the model sees matches what was played.</summary>
        public const string ConversationItemTruncate = "conversation.item.truncate";

        /// <summary><c>input_audio_buffer.append</c> (<see cref="ClientEventInputAudioBufferAppend"/>): adds audio to the input audio buffer, in the session's <c>input_audio_format</c>. With server VAD the service commits the buffer itself; otherwise send <c>input_audio_buffer.commit</c>.</summary>
        public const string InputAudioBufferAppend = "input_audio_buffer.append";

        /// <summary><c>input_audio_buffer.clear</c> (<see cref="ClientEventInputAudioBufferClear"/>): discards the audio in the input audio buffer; the service answers with <c>input_audio_buffer.cleared</c>.</summary>
        public const string InputAudioBufferClear = "input_audio_buffer.clear";

        /// <summary><c>input_audio_buffer.commit</c> (<see cref="ClientEventInputAudioBufferCommit"/>): commits the input audio buffer as a user message item (only needed without server VAD); the service answers with <c>input_audio_buffer.committed</c>.</summary>
        public const string InputAudioBufferCommit = "input_audio_buffer.commit";

        /// <summary><c>input_audio.clear</c> (<see cref="ClientEventInputAudioClear"/>): (Azure extension) discards all pending input audio, including audio of open turns.</summary>
        public const string InputAudioClear = "input_audio.clear";

        /// <summary><c>input_audio.turn.append</c> (<see cref="ClientEventInputAudioTurnAppend"/>): (Azure extension) adds audio to an input audio turn started with <c>input_audio.turn.start</c>.</summary>
        public const string InputAudioTurnAppend = "input_audio.turn.append";

        /// <summary><c>input_audio.turn.cancel</c> (<see cref="ClientEventInputAudioTurnCancel"/>): (Azure extension) cancels an input audio turn and discards its audio.</summary>
        public const string InputAudioTurnCancel = "input_audio.turn.cancel";

        /// <summary><c>input_audio.turn.end</c> (<see cref="ClientEventInputAudioTurnEnd"/>): (Azure extension) ends an input audio turn; the service processes the turn's audio.</summary>
        public const string InputAudioTurnEnd = "input_audio.turn.end";

        /// <summary><c>input_audio.turn.start</c> (<see cref="ClientEventInputAudioTurnStart"/>): (Azure extension) starts a client-delimited input audio turn, used instead of the input audio buffer when turn boundaries are decided by the client.</summary>
        public const string InputAudioTurnStart = "input_audio.turn.start";

        /// <summary><c>input_text.delta</c> (<see cref="ClientEventInputTextDelta"/>): streams a chunk of user text into a user message item, so the model can start while the text is still arriving (for example from a speech recognizer or an upstream LLM).</summary>
        public const string InputTextDelta = "input_text.delta";

        /// <summary><c>input_text.done</c> (<see cref="ClientEventInputTextDone"/>): marks the streamed user text of an item (see <c>input_text.delta</c>) as complete.</summary>
        public const string InputTextDone = "input_text.done";

        /// <summary><c>output_audio_buffer.clear</c> (<see cref="ClientEventOutputAudioBufferClear"/>): (avatar sessions) stops and discards the audio the service is still playing; the service answers with <c>output_audio_buffer.cleared</c>.</summary>
        public const string OutputAudioBufferClear = "output_audio_buffer.clear";

        /// <summary><c>response.cancel</c> (<see cref="ClientEventResponseCancel"/>): cancels the response in progress; the service sends <c>response.done</c> with status <c>cancelled</c>.</summary>
        public const string ResponseCancel = "response.cancel";

        /// <summary><c>response.create</c> (<see cref="ClientEventResponseCreate"/>): asks the model to respond (needed when server VAD does not create responses automatically); optional parameters override the session for this response only.</summary>
        public const string ResponseCreate = "response.create";

        /// <summary><c>rtc.call.sdp.create</c> (<see cref="ClientEventRtcCallSdpCreate"/>): (preview, WebRTC) sends the client's SDP offer on the signaling socket, optionally with an initial session configuration; the service answers with <c>rtc.call.sdp.created</c>.</summary>
        public const string RtcCallSdpCreate = "rtc.call.sdp.create";

        /// <summary><c>session.avatar.connect</c> (<see cref="ClientEventSessionAvatarConnect"/>): starts the avatar's WebRTC video by sending the client's SDP offer; the service answers with <c>session.avatar.connecting</c>.</summary>
        public const string SessionAvatarConnect = "session.avatar.connect";

        /// <summary><c>session.update</c> (<see cref="ClientEventSessionUpdate"/>): changes the session configuration. Fields left unset keep their current values; the service answers with <c>session.updated</c> (or <c>error</c>).</summary>
        public const string SessionUpdate = "session.update";

        /// <summary><c>transcription_session.update</c> (<see cref="ClientEventTranscriptionSessionUpdate"/>): (legacy, OpenAI-compatible) updates a transcription session with a free-form <c>session</c> object. Not part of the Voice Live event list; kept because the Python SDK sends it.</summary>
        public const string TranscriptionSessionUpdate = "transcription_session.update";
    }
}
