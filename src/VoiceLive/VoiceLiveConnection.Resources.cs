namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>The session's configuration (<c>session.update</c>) and the avatar handshake.</summary>
        public SessionResource Session { get; private set; } = null!;

        /// <summary>Model responses (<c>response.create</c>, <c>response.cancel</c>).</summary>
        public ResponseResource Response { get; private set; } = null!;

        /// <summary>The input audio buffer (<c>input_audio_buffer.append</c>, <c>.commit</c>, <c>.clear</c>).</summary>
        public InputAudioBufferResource InputAudioBuffer { get; private set; } = null!;

        /// <summary>The service-side output audio buffer (<c>output_audio_buffer.clear</c>).</summary>
        public OutputAudioBufferResource OutputAudioBuffer { get; private set; } = null!;

        /// <summary>The conversation and its items (<c>conversation.item.*</c>).</summary>
        public ConversationResource Conversation { get; private set; } = null!;

        /// <summary>The legacy <c>transcription_session.update</c> event, for parity with the Python package.</summary>
        public TranscriptionSessionResource TranscriptionSession { get; private set; } = null!;

        /// <summary>Turn-based input audio (<c>input_audio.turn.*</c>, <c>input_audio.clear</c>), a Voice Live extension.</summary>
        public InputAudioResource InputAudio { get; private set; } = null!;

        /// <summary>Streamed text input (<c>input_text.delta</c>, <c>input_text.done</c>), a Voice Live extension.</summary>
        public InputTextResource InputText { get; private set; } = null!;

        /// <summary>
        /// Tools the library invokes for the model (<see cref="Microsoft.Extensions.AI.AIFunction"/>s): the whole
        /// function-calling loop, from <c>response.function_call_arguments.done</c> to the follow-up <c>response.create</c>.
        /// </summary>
        public ToolsResource Tools { get; private set; } = null!;

        /// <summary>WebRTC call signalling (<c>rtc.call.sdp.create</c>, preview).</summary>
        public RtcCallResource RtcCall { get; private set; } = null!;

        private void InitializeResources()
        {
            Session = new SessionResource(this);
            Response = new ResponseResource(this, _responseLifecycle);
            Tools = new ToolsResource(this);
            InputAudioBuffer = new InputAudioBufferResource(this);
            OutputAudioBuffer = new OutputAudioBufferResource(this);
            Conversation = new ConversationResource(this);
            TranscriptionSession = new TranscriptionSessionResource(this);
            InputAudio = new InputAudioResource(this);
            InputText = new InputTextResource(this);
            RtcCall = new RtcCallResource(this);
        }
    }
}
