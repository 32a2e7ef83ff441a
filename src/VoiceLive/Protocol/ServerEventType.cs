namespace VoiceLive
{
    // Written by eng/ProtocolGen from the [WireEvent] event classes: edit those and run
    // `dotnet run --project eng/ProtocolGen`, not this file (CI checks that regenerating changes nothing).
    /// <summary>
    /// The wire <c>type</c> of every server event this version knows, as constants: <c>switch (evt.Type)</c> works the way <c>match event.type</c> does in Python. Every name maps to its typed <see cref="ServerEvent"/> subclass; the GA protocol's names (<c>response.output_audio.delta</c>, …) arrive as the class of the event with the same shape, with <see cref="ServerEvent.Type"/> set to the name that was received.
    /// </summary>
    public static class ServerEventType
    {
        /// <summary><c>conversation.created</c> (<see cref="ServerEventConversationCreated"/>): (GA protocol, api-version <c>v1</c>) the session's conversation was created, right after the session.</summary>
        public const string ConversationCreated = "conversation.created";

        /// <summary><c>conversation.item.added</c>: the name of <see cref="ConversationItemCreated"/> in the GA protocol; it arrives as a <see cref="ServerEventConversationItemCreated"/>.</summary>
        public const string ConversationItemAdded = "conversation.item.added";

        /// <summary><c>conversation.item.created</c> (<see cref="ServerEventConversationItemCreated"/>): an item was added to the conversation, by the client (<c>conversation.item.create</c>), by a committed audio buffer, or by a response.</summary>
        public const string ConversationItemCreated = "conversation.item.created";

        /// <summary><c>conversation.item.deleted</c> (<see cref="ServerEventConversationItemDeleted"/>): an item was removed from the conversation in answer to <c>conversation.item.delete</c>.</summary>
        public const string ConversationItemDeleted = "conversation.item.deleted";

        /// <summary><c>conversation.item.done</c> (<see cref="ServerEventConversationItemDone"/>): (GA protocol) an item of the conversation is complete; its content will not change any more. It follows <c>conversation.item.added</c> for the same item.</summary>
        public const string ConversationItemDone = "conversation.item.done";

        /// <summary><c>conversation.item.input_audio_transcription.completed</c> (<see cref="ServerEventConversationItemInputAudioTranscriptionCompleted"/>): the transcription of a user audio item is finished (sent when input audio transcription is enabled on the session).</summary>
        public const string ConversationItemInputAudioTranscriptionCompleted = "conversation.item.input_audio_transcription.completed";

        /// <summary><c>conversation.item.input_audio_transcription.delta</c> (<see cref="ServerEventConversationItemInputAudioTranscriptionDelta"/>): a chunk of the transcription of a user audio item, for transcription models that stream.</summary>
        public const string ConversationItemInputAudioTranscriptionDelta = "conversation.item.input_audio_transcription.delta";

        /// <summary><c>conversation.item.input_audio_transcription.failed</c> (<see cref="ServerEventConversationItemInputAudioTranscriptionFailed"/>): the transcription of a user audio item failed; the conversation itself is unaffected.</summary>
        public const string ConversationItemInputAudioTranscriptionFailed = "conversation.item.input_audio_transcription.failed";

        /// <summary><c>conversation.item.input_audio_transcription.segment</c> (<see cref="ServerEventConversationItemInputAudioTranscriptionSegment"/>): (GA protocol) one finished segment of the transcription of a user audio item, with its speaker and time span, for transcription models that diarize.</summary>
        public const string ConversationItemInputAudioTranscriptionSegment = "conversation.item.input_audio_transcription.segment";

        /// <summary><c>conversation.item.retrieved</c> (<see cref="ServerEventConversationItemRetrieved"/>): the service's answer to <c>conversation.item.retrieve</c>: the item as the server holds it.</summary>
        public const string ConversationItemRetrieved = "conversation.item.retrieved";

        /// <summary><c>conversation.item.truncated</c> (<see cref="ServerEventConversationItemTruncated"/>): an assistant audio item was truncated in answer to <c>conversation.item.truncate</c>, so its text matches what the user actually heard.</summary>
        public const string ConversationItemTruncated = "conversation.item.truncated";

        /// <summary><c>error</c> (<see cref="ServerEventError"/>): the service reports an error, usually caused by a client event (its <c>event_id</c> is echoed in <see cref="ServerEventError.Error"/>). The session stays open unless the service closes the socket.</summary>
        public const string Error = "error";

        /// <summary><c>input_audio_buffer.cleared</c> (<see cref="ServerEventInputAudioBufferCleared"/>): the input audio buffer was emptied in answer to <c>input_audio_buffer.clear</c>.</summary>
        public const string InputAudioBufferCleared = "input_audio_buffer.cleared";

        /// <summary><c>input_audio_buffer.committed</c> (<see cref="ServerEventInputAudioBufferCommitted"/>): the input audio buffer was committed (by <c>input_audio_buffer.commit</c> or by server VAD) and turned into a user message item.</summary>
        public const string InputAudioBufferCommitted = "input_audio_buffer.committed";

        /// <summary><c>input_audio_buffer.dtmf_event_received</c> (<see cref="ServerEventInputAudioBufferDtmfEventReceived"/>): (GA protocol, SIP calls only) the caller pressed a telephone keypad key (<c>0</c>–<c>9</c>, <c>*</c>, <c>#</c>, <c>A</c>–<c>D</c>).</summary>
        public const string InputAudioBufferDtmfEventReceived = "input_audio_buffer.dtmf_event_received";

        /// <summary><c>input_audio_buffer.speech_started</c> (<see cref="ServerEventInputAudioBufferSpeechStarted"/>): server VAD detected the start of speech in the input audio buffer; a good moment to stop playing the assistant's audio (barge-in).</summary>
        public const string InputAudioBufferSpeechStarted = "input_audio_buffer.speech_started";

        /// <summary><c>input_audio_buffer.speech_stopped</c> (<see cref="ServerEventInputAudioBufferSpeechStopped"/>): server VAD detected the end of speech in the input audio buffer; a commit and a user item follow.</summary>
        public const string InputAudioBufferSpeechStopped = "input_audio_buffer.speech_stopped";

        /// <summary><c>input_audio_buffer.timeout_triggered</c> (<see cref="ServerEventInputAudioBufferTimeoutTriggered"/>): (GA protocol) server VAD's idle timeout expired with no speech; the service committed the buffer's audio as a user item and will respond to it.</summary>
        public const string InputAudioBufferTimeoutTriggered = "input_audio_buffer.timeout_triggered";

        /// <summary><c>mcp_list_tools.completed</c> (<see cref="ServerEventMcpListToolsCompleted"/>): the service listed the tools of an MCP server; the <c>mcp_list_tools</c> item holds them.</summary>
        public const string McpListToolsCompleted = "mcp_list_tools.completed";

        /// <summary><c>mcp_list_tools.failed</c> (<see cref="ServerEventMcpListToolsFailed"/>): the service could not list the tools of an MCP server.</summary>
        public const string McpListToolsFailed = "mcp_list_tools.failed";

        /// <summary><c>mcp_list_tools.in_progress</c> (<see cref="ServerEventMcpListToolsInProgress"/>): the service started listing the tools of an MCP server configured on the session.</summary>
        public const string McpListToolsInProgress = "mcp_list_tools.in_progress";

        /// <summary><c>output_audio_buffer.cleared</c> (<see cref="ServerEventOutputAudioBufferCleared"/>): the server-side output audio (avatar speech) was stopped and discarded, in answer to <c>output_audio_buffer.clear</c> or because the user interrupted.</summary>
        public const string OutputAudioBufferCleared = "output_audio_buffer.cleared";

        /// <summary><c>output_audio_buffer.started</c> (<see cref="ServerEventOutputAudioBufferStarted"/>): (preview, unverified for Voice Live) the service started playing a response's audio from its output buffer (WebRTC/avatar).</summary>
        public const string OutputAudioBufferStarted = "output_audio_buffer.started";

        /// <summary><c>output_audio_buffer.stopped</c> (<see cref="ServerEventOutputAudioBufferStopped"/>): (preview, unverified for Voice Live) the service's output audio buffer finished playing or was cleared.</summary>
        public const string OutputAudioBufferStopped = "output_audio_buffer.stopped";

        /// <summary><c>rate_limits.updated</c> (<see cref="ServerEventRateLimitsUpdated"/>): (documented, not in any SDK) the service's current rate limits, typically sent after a response starts.</summary>
        public const string RateLimitsUpdated = "rate_limits.updated";

        /// <summary><c>realtime.call.connected</c> (<see cref="ServerEventRealtimeCallConnected"/>): (preview, SIP telephony) the phone call is connected and audio flows.</summary>
        public const string RealtimeCallConnected = "realtime.call.connected";

        /// <summary><c>realtime.call.disconnected</c> (<see cref="ServerEventRealtimeCallDisconnected"/>): (preview, SIP telephony) the phone call ended; <see cref="ServerEventRealtimeCallDisconnected.TerminalReason"/> says why.</summary>
        public const string RealtimeCallDisconnected = "realtime.call.disconnected";

        /// <summary><c>realtime.call.failed</c> (<see cref="ServerEventRealtimeCallFailed"/>): (preview, SIP telephony) the phone call could not be set up or broke; <see cref="ServerEventRealtimeCallFailed.ErrorCode"/> says why.</summary>
        public const string RealtimeCallFailed = "realtime.call.failed";

        /// <summary><c>realtime.call.incoming</c> (<see cref="ServerEventRealtimeCallIncoming"/>): (preview, SIP telephony) a phone call arrived for this session and waits to be accepted or rejected.</summary>
        public const string RealtimeCallIncoming = "realtime.call.incoming";

        /// <summary><c>realtime.call.transfer.failed</c> (<see cref="ServerEventRealtimeCallTransferFailed"/>): (preview, SIP telephony) transferring the call failed; <see cref="ServerEventRealtimeCallTransferFailed.SipCode"/> and <see cref="ServerEventRealtimeCallTransferFailed.Reason"/> say why.</summary>
        public const string RealtimeCallTransferFailed = "realtime.call.transfer.failed";

        /// <summary><c>realtime.call.transfer.succeeded</c> (<see cref="ServerEventRealtimeCallTransferSucceeded"/>): (preview, SIP telephony) the call was transferred to another party.</summary>
        public const string RealtimeCallTransferSucceeded = "realtime.call.transfer.succeeded";

        /// <summary><c>response.animation_blendshapes.delta</c> (<see cref="ServerEventResponseAnimationBlendshapesDelta"/>): a batch of facial blendshape frames for animating an avatar in sync with the audio (session <c>animation.outputs</c> includes <c>blendshapes</c>).</summary>
        public const string ResponseAnimationBlendshapesDelta = "response.animation_blendshapes.delta";

        /// <summary><c>response.animation_blendshapes.done</c> (<see cref="ServerEventResponseAnimationBlendshapesDone"/>): all blendshape frames of an output item were sent.</summary>
        public const string ResponseAnimationBlendshapesDone = "response.animation_blendshapes.done";

        /// <summary><c>response.animation_viseme.delta</c> (<see cref="ServerEventResponseAnimationVisemeDelta"/>): one viseme (mouth shape) of the assistant's audio and when it occurs (session <c>animation.outputs</c> includes <c>viseme_id</c>).</summary>
        public const string ResponseAnimationVisemeDelta = "response.animation_viseme.delta";

        /// <summary><c>response.animation_viseme.done</c> (<see cref="ServerEventResponseAnimationVisemeDone"/>): all visemes of a content part were sent.</summary>
        public const string ResponseAnimationVisemeDone = "response.animation_viseme.done";

        /// <summary><c>response.audio.delta</c> (<see cref="ServerEventResponseAudioDelta"/>): a chunk of the assistant's audio, in the session's <c>output_audio_format</c>.</summary>
        public const string ResponseAudioDelta = "response.audio.delta";

        /// <summary><c>response.audio.done</c> (<see cref="ServerEventResponseAudioDone"/>): the assistant's audio for a content part is complete (also sent when the response is interrupted or cancelled).</summary>
        public const string ResponseAudioDone = "response.audio.done";

        /// <summary><c>response.audio_timestamp.delta</c> (<see cref="ServerEventResponseAudioTimestampDelta"/>): the timing of one word of the assistant's audio (session <c>output_audio_timestamp_types</c> includes <c>word</c>).</summary>
        public const string ResponseAudioTimestampDelta = "response.audio_timestamp.delta";

        /// <summary><c>response.audio_timestamp.done</c> (<see cref="ServerEventResponseAudioTimestampDone"/>): all word timestamps of a content part were sent.</summary>
        public const string ResponseAudioTimestampDone = "response.audio_timestamp.done";

        /// <summary><c>response.audio_transcript.annotation.added</c> (<see cref="ServerEventResponseAudioTranscriptAnnotationAdded"/>): an annotation (for example a citation from a search tool) was attached to the transcript of the assistant's audio.</summary>
        public const string ResponseAudioTranscriptAnnotationAdded = "response.audio_transcript.annotation.added";

        /// <summary><c>response.audio_transcript.delta</c> (<see cref="ServerEventResponseAudioTranscriptDelta"/>): a chunk of the transcript of the assistant's audio output.</summary>
        public const string ResponseAudioTranscriptDelta = "response.audio_transcript.delta";

        /// <summary><c>response.audio_transcript.done</c> (<see cref="ServerEventResponseAudioTranscriptDone"/>): the transcript of an assistant audio content part is complete; carries the whole transcript.</summary>
        public const string ResponseAudioTranscriptDone = "response.audio_transcript.done";

        /// <summary><c>response.content_part.added</c> (<see cref="ServerEventResponseContentPartAdded"/>): a new content part (text or audio) was started in an assistant message item.</summary>
        public const string ResponseContentPartAdded = "response.content_part.added";

        /// <summary><c>response.content_part.done</c> (<see cref="ServerEventResponseContentPartDone"/>): a content part of an assistant message item is complete.</summary>
        public const string ResponseContentPartDone = "response.content_part.done";

        /// <summary><c>response.created</c> (<see cref="ServerEventResponseCreated"/>): the service started a new response (after <c>response.create</c> or automatically after a user turn); the response is <c>in_progress</c>.</summary>
        public const string ResponseCreated = "response.created";

        /// <summary><c>response.done</c> (<see cref="ServerEventResponseDone"/>): a response finished, whatever its final status (completed, cancelled, failed or incomplete); carries all output items and the token usage.</summary>
        public const string ResponseDone = "response.done";

        /// <summary><c>response.file_search_call.completed</c> (<see cref="ServerEventResponseFileSearchCallCompleted"/>): a file search tool call finished.</summary>
        public const string ResponseFileSearchCallCompleted = "response.file_search_call.completed";

        /// <summary><c>response.file_search_call.in_progress</c> (<see cref="ServerEventResponseFileSearchCallInProgress"/>): a file search tool call started.</summary>
        public const string ResponseFileSearchCallInProgress = "response.file_search_call.in_progress";

        /// <summary><c>response.file_search_call.searching</c> (<see cref="ServerEventResponseFileSearchCallSearching"/>): a file search tool call is searching.</summary>
        public const string ResponseFileSearchCallSearching = "response.file_search_call.searching";

        /// <summary><c>response.foundry_agent_call_arguments.delta</c> (<see cref="ServerEventResponseFoundryAgentCallArgumentsDelta"/>): (preview) a chunk of the arguments the model is writing for a Foundry agent tool call.</summary>
        public const string ResponseFoundryAgentCallArgumentsDelta = "response.foundry_agent_call_arguments.delta";

        /// <summary><c>response.foundry_agent_call_arguments.done</c> (<see cref="ServerEventResponseFoundryAgentCallArgumentsDone"/>): (preview) the model finished writing the arguments of a Foundry agent tool call.</summary>
        public const string ResponseFoundryAgentCallArgumentsDone = "response.foundry_agent_call_arguments.done";

        /// <summary><c>response.foundry_agent_call.completed</c> (<see cref="ServerEventResponseFoundryAgentCallCompleted"/>): (preview) a Foundry agent tool call finished.</summary>
        public const string ResponseFoundryAgentCallCompleted = "response.foundry_agent_call.completed";

        /// <summary><c>response.foundry_agent_call.failed</c> (<see cref="ServerEventResponseFoundryAgentCallFailed"/>): (preview) a Foundry agent tool call failed.</summary>
        public const string ResponseFoundryAgentCallFailed = "response.foundry_agent_call.failed";

        /// <summary><c>response.foundry_agent_call.in_progress</c> (<see cref="ServerEventResponseFoundryAgentCallInProgress"/>): (preview) the service started running a Foundry agent tool call.</summary>
        public const string ResponseFoundryAgentCallInProgress = "response.foundry_agent_call.in_progress";

        /// <summary><c>response.function_call_arguments.delta</c> (<see cref="ServerEventResponseFunctionCallArgumentsDelta"/>): a chunk of the JSON arguments the model is writing for a function call.</summary>
        public const string ResponseFunctionCallArgumentsDelta = "response.function_call_arguments.delta";

        /// <summary><c>response.function_call_arguments.done</c> (<see cref="ServerEventResponseFunctionCallArgumentsDone"/>): the model finished a function call; carries the function name and complete JSON arguments. Run the function and send a <c>function_call_output</c> item.</summary>
        public const string ResponseFunctionCallArgumentsDone = "response.function_call_arguments.done";

        /// <summary><c>response.invocation.delta</c> (<see cref="ServerEventResponseInvocationDelta"/>): a chunk of output from a hosted agent invocation (agent sessions); its shape is defined by the agent.</summary>
        public const string ResponseInvocationDelta = "response.invocation.delta";

        /// <summary><c>response.mcp_call_arguments.delta</c> (<see cref="ServerEventResponseMcpCallArgumentsDelta"/>): a chunk of the JSON arguments the model is writing for an MCP tool call.</summary>
        public const string ResponseMcpCallArgumentsDelta = "response.mcp_call_arguments.delta";

        /// <summary><c>response.mcp_call_arguments.done</c> (<see cref="ServerEventResponseMcpCallArgumentsDone"/>): the model finished writing the arguments of an MCP tool call.</summary>
        public const string ResponseMcpCallArgumentsDone = "response.mcp_call_arguments.done";

        /// <summary><c>response.mcp_call.completed</c> (<see cref="ServerEventResponseMcpCallCompleted"/>): an MCP tool call finished successfully; its output is on the <c>mcp_call</c> item.</summary>
        public const string ResponseMcpCallCompleted = "response.mcp_call.completed";

        /// <summary><c>response.mcp_call.failed</c> (<see cref="ServerEventResponseMcpCallFailed"/>): an MCP tool call failed; the error is on the <c>mcp_call</c> item.</summary>
        public const string ResponseMcpCallFailed = "response.mcp_call.failed";

        /// <summary><c>response.mcp_call.in_progress</c> (<see cref="ServerEventResponseMcpCallInProgress"/>): the service started running an MCP tool call.</summary>
        public const string ResponseMcpCallInProgress = "response.mcp_call.in_progress";

        /// <summary><c>response.output_audio.delta</c>: the name of <see cref="ResponseAudioDelta"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseAudioDelta"/>.</summary>
        public const string ResponseOutputAudioDelta = "response.output_audio.delta";

        /// <summary><c>response.output_audio.done</c>: the name of <see cref="ResponseAudioDone"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseAudioDone"/>.</summary>
        public const string ResponseOutputAudioDone = "response.output_audio.done";

        /// <summary><c>response.output_audio_transcript.delta</c>: the name of <see cref="ResponseAudioTranscriptDelta"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseAudioTranscriptDelta"/>.</summary>
        public const string ResponseOutputAudioTranscriptDelta = "response.output_audio_transcript.delta";

        /// <summary><c>response.output_audio_transcript.done</c>: the name of <see cref="ResponseAudioTranscriptDone"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseAudioTranscriptDone"/>.</summary>
        public const string ResponseOutputAudioTranscriptDone = "response.output_audio_transcript.done";

        /// <summary><c>response.output_item.added</c> (<see cref="ServerEventResponseOutputItemAdded"/>): a new output item (message, function call, MCP call…) was started in a response.</summary>
        public const string ResponseOutputItemAdded = "response.output_item.added";

        /// <summary><c>response.output_item.done</c> (<see cref="ServerEventResponseOutputItemDone"/>): an output item of a response is complete (or was interrupted).</summary>
        public const string ResponseOutputItemDone = "response.output_item.done";

        /// <summary><c>response.output_text.delta</c>: the name of <see cref="ResponseTextDelta"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseTextDelta"/>.</summary>
        public const string ResponseOutputTextDelta = "response.output_text.delta";

        /// <summary><c>response.output_text.done</c>: the name of <see cref="ResponseTextDone"/> in the GA protocol; it arrives as a <see cref="ServerEventResponseTextDone"/>.</summary>
        public const string ResponseOutputTextDone = "response.output_text.done";

        /// <summary><c>response.text.delta</c> (<see cref="ServerEventResponseTextDelta"/>): a chunk of the assistant's text output (text modality).</summary>
        public const string ResponseTextDelta = "response.text.delta";

        /// <summary><c>response.text.done</c> (<see cref="ServerEventResponseTextDone"/>): the assistant's text for a content part is complete; carries the whole text.</summary>
        public const string ResponseTextDone = "response.text.done";

        /// <summary><c>response.video.delta</c> (<see cref="ServerEventResponseVideoDelta"/>): a chunk of encoded avatar video, sent when the avatar's <c>output_protocol</c> is <c>websocket</c> instead of WebRTC.</summary>
        public const string ResponseVideoDelta = "response.video.delta";

        /// <summary><c>response.web_search_call.completed</c> (<see cref="ServerEventResponseWebSearchCallCompleted"/>): a web search tool call finished.</summary>
        public const string ResponseWebSearchCallCompleted = "response.web_search_call.completed";

        /// <summary><c>response.web_search_call.in_progress</c> (<see cref="ServerEventResponseWebSearchCallInProgress"/>): a web search tool call started.</summary>
        public const string ResponseWebSearchCallInProgress = "response.web_search_call.in_progress";

        /// <summary><c>response.web_search_call.searching</c> (<see cref="ServerEventResponseWebSearchCallSearching"/>): a web search tool call is searching.</summary>
        public const string ResponseWebSearchCallSearching = "response.web_search_call.searching";

        /// <summary><c>rtc.call.error</c> (<see cref="ServerEventRtcCallError"/>): (preview, WebRTC) a WebRTC signaling operation failed.</summary>
        public const string RtcCallError = "rtc.call.error";

        /// <summary><c>rtc.call.sdp.created</c> (<see cref="ServerEventRtcCallSdpCreated"/>): (preview, WebRTC) the service's SDP answer to <c>rtc.call.sdp.create</c>; apply it to the peer connection to start media.</summary>
        public const string RtcCallSdpCreated = "rtc.call.sdp.created";

        /// <summary><c>session.avatar.connecting</c> (<see cref="ServerEventSessionAvatarConnecting"/>): the service's answer to <c>session.avatar.connect</c>: its WebRTC SDP answer for the avatar video stream.</summary>
        public const string SessionAvatarConnecting = "session.avatar.connecting";

        /// <summary><c>session.avatar.switch_to_idle</c> (<see cref="ServerEventSessionAvatarSwitchToIdle"/>): the avatar finished speaking and switched back to idle.</summary>
        public const string SessionAvatarSwitchToIdle = "session.avatar.switch_to_idle";

        /// <summary><c>session.avatar.switch_to_speaking</c> (<see cref="ServerEventSessionAvatarSwitchToSpeaking"/>): the avatar switched from idle to speaking.</summary>
        public const string SessionAvatarSwitchToSpeaking = "session.avatar.switch_to_speaking";

        /// <summary><c>session.created</c> (<see cref="ServerEventSessionCreated"/>): the first event of every connection, sent as soon as the session exists; carries the session's effective default configuration.</summary>
        public const string SessionCreated = "session.created";

        /// <summary><c>session.updated</c> (<see cref="ServerEventSessionUpdated"/>): the service accepted a <c>session.update</c>; carries the full effective configuration after the update (including ICE servers for avatar sessions when the client sent none).</summary>
        public const string SessionUpdated = "session.updated";

        /// <summary><c>warning</c> (<see cref="ServerEventWarning"/>): the service reports a non-fatal problem, for example a setting it ignored or adjusted; the session continues unchanged.</summary>
        public const string Warning = "warning";
    }
}
