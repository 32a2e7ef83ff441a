using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>
    /// <c>warning</c>: the service reports a non-fatal problem, for example a setting it ignored or adjusted; the session continues unchanged.
    /// </summary>
    [WireEvent("warning", EventGroup.Errors)]
    public sealed class ServerEventWarning : ServerEvent
    {
        private ServerEventWarningDetails _warning = new ServerEventWarningDetails();

        /// <summary>Creates an empty event (for deserialization, tests and the emulator).</summary>
        public ServerEventWarning()
            : base(WireNames.Warning)
        {
        }

        /// <summary>The warning (<c>warning</c>): message, code and the parameter concerned.</summary>
        [JsonPropertyName("warning")]
        public ServerEventWarningDetails Warning
        {
            get => _warning;
            set => _warning = value ?? new ServerEventWarningDetails();
        }
    }
}
