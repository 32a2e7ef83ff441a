using VoiceLive.Diagnostics;

namespace VoiceLive
{
    public partial class VoiceLiveClientOptions
    {
        /// <summary>
        /// Records content in the <c>VoiceLive</c> traces: the reply's transcript or text (<c>gen_ai.output.messages</c>),
        /// the user's transcribed speech (<c>gen_ai.input.messages</c>), the session's instructions
        /// (<c>gen_ai.system_instructions</c>) and tool arguments and results. Off by default, as the OpenTelemetry GenAI
        /// conventions require; the default is true when the environment variable
        /// <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c> is <c>true</c>. Audio and credentials are never recorded.
        /// </summary>
        public bool EnableSensitiveTelemetryData { get; set; } = VoiceLiveTelemetry.ContentCaptureDefault;
    }
}
