namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// Every name the library's traces and metrics use, once. OpenTelemetry GenAI semantic-convention names
    /// (<c>gen_ai.*</c>, <c>server.*</c>, <c>error.type</c>) where the conventions have one; the names of Microsoft's Python
    /// package (<c>gen_ai.voice.*</c>, <c>az.namespace</c>, <c>gen_ai.system</c>) where Voice Live has its own; the
    /// <c>voicelive.*</c> prefix only for what neither names. docs/telemetry.md lists the mapping.
    /// </summary>
    internal static class TelemetryNames
    {
        /// <summary>The ActivitySource and Meter name an app subscribes to (<c>AddSource("VoiceLive")</c>, <c>AddMeter("VoiceLive")</c>).</summary>
        public const string SourceName = "VoiceLive";

        // Span names (Activity.OperationName); the display name adds the model, agent or tool, as the conventions say.
        public const string ConnectSpan = "connect";
        public const string ResponseSpan = "response";
        public const string ToolSpan = "execute_tool";

        // Values of gen_ai.operation.name.
        public const string OperationConnect = "connect";
        public const string OperationResponse = "response";
        public const string OperationExecuteTool = "execute_tool";

        // Fixed attributes on every span (the Python package's values).
        public const string AzNamespace = "az.namespace";
        public const string AzNamespaceValue = "Microsoft.CognitiveServices";
        public const string GenAiSystem = "gen_ai.system";
        public const string GenAiSystemValue = "az.ai.voicelive";
        public const string GenAiProviderName = "gen_ai.provider.name";
        public const string GenAiProviderNameValue = "microsoft.foundry";

        // GenAI semantic conventions.
        public const string GenAiOperationName = "gen_ai.operation.name";
        public const string GenAiRequestModel = "gen_ai.request.model";
        public const string GenAiResponseModel = "gen_ai.response.model";
        public const string GenAiResponseId = "gen_ai.response.id";
        public const string GenAiResponseFinishReasons = "gen_ai.response.finish_reasons";
        public const string GenAiConversationId = "gen_ai.conversation.id";
        public const string GenAiAgentName = "gen_ai.agent.name";
        public const string GenAiAgentVersion = "gen_ai.agent.version";
        public const string GenAiUsageInputTokens = "gen_ai.usage.input_tokens";
        public const string GenAiUsageOutputTokens = "gen_ai.usage.output_tokens";
        public const string GenAiTokenType = "gen_ai.token.type";
        public const string GenAiToolName = "gen_ai.tool.name";
        public const string GenAiToolType = "gen_ai.tool.type";
        public const string GenAiToolCallId = "gen_ai.tool.call.id";
        public const string GenAiToolCallArguments = "gen_ai.tool.call.arguments";
        public const string GenAiToolCallResult = "gen_ai.tool.call.result";
        public const string GenAiSystemInstructions = "gen_ai.system_instructions";
        public const string GenAiInputMessages = "gen_ai.input.messages";
        public const string GenAiOutputMessages = "gen_ai.output.messages";
        public const string ServerAddress = "server.address";
        public const string ServerPort = "server.port";
        public const string ErrorType = "error.type";
        public const string HttpResponseStatusCode = "http.response.status_code";

        // Azure SDK convention for the request id quoted to support.
        public const string AzClientRequestId = "az.client_request_id";

        // Voice Live attributes named by Microsoft's Python package.
        public const string VoiceSessionId = "gen_ai.voice.session_id";
        public const string VoiceInputAudioFormat = "gen_ai.voice.input_audio_format";
        public const string VoiceOutputAudioFormat = "gen_ai.voice.output_audio_format";
        public const string VoiceFirstTokenLatencyMs = "gen_ai.voice.first_token_latency_ms";
        public const string VoiceErrorEvent = "gen_ai.voice.error";
        public const string ErrorCode = "error.code";
        public const string ErrorMessage = "error.message";

        // Voice Live attributes neither names.
        public const string ApiVersion = "voicelive.api_version";
        public const string AgentProjectName = "voicelive.agent.project_name";
        public const string ConnectOutcome = "voicelive.connect.outcome";
        public const string ResponseTrigger = "voicelive.response.trigger";
        public const string ResponseStatus = "voicelive.response.status";
        public const string ResponseOutputModalities = "voicelive.response.output_modalities";
        public const string ResponseFunctionCalls = "voicelive.response.function_calls";
        public const string ResponseTimeToFirstAudio = "voicelive.response.time_to_first_audio";
        public const string CloseCode = "voicelive.close.code";
        public const string EventType = "voicelive.event.type";

        // Values of voicelive.connect.outcome.
        public const string OutcomeConnected = "connected";
        public const string OutcomeRefused = "refused";
        public const string OutcomeTimeout = "timeout";
        public const string OutcomeCancelled = "cancelled";
        public const string OutcomeFailed = "failed";

        // Values of voicelive.response.trigger.
        public const string TriggerResponseCreate = "response.create";
        public const string TriggerTurnDetection = "turn_detection";
        public const string TriggerService = "service";

        // Instruments.
        public const string TokenUsageMetric = "gen_ai.client.token.usage";
        public const string OperationDurationMetric = "gen_ai.client.operation.duration";
        public const string TimeToFirstAudioMetric = "voicelive.response.time_to_first_audio";
        public const string TurnLatencyMetric = "voicelive.turn.latency";
        public const string AudioInputDurationMetric = "voicelive.audio.input.duration";
        public const string AudioOutputDurationMetric = "voicelive.audio.output.duration";
        public const string ConnectionActiveMetric = "voicelive.connection.active";
        public const string ConnectionClosedMetric = "voicelive.connection.closed";
        public const string EventsMalformedMetric = "voicelive.events.malformed";

        /// <summary>The GenAI conventions' switch for recording content (transcripts, instructions, arguments).</summary>
        public const string CaptureContentVariable = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";
    }
}
