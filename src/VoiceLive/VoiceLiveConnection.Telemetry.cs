using VoiceLive.Diagnostics;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        /// <summary>The connection's telemetry observer, or null when nobody listened to <c>VoiceLive</c> when it opened.</summary>
        internal TelemetryObserver? Telemetry { get; private set; }

        /// <summary>
        /// Attaches the telemetry observer when an ActivityListener or MeterListener is interested at the time the
        /// connection opens; otherwise the connection pays nothing for telemetry. The connect in progress on this flow
        /// (set by the client) tells it where it connected.
        /// </summary>
        private void AttachTelemetry(VoiceLiveClientOptions options)
        {
            if (!VoiceLiveTelemetry.IsObserved)
            {
                return;
            }

            Telemetry = new TelemetryObserver(VoiceLiveTelemetry.CurrentConnect, options.EnableSensitiveTelemetryData, options.TimeProvider);
            AddObserver(Telemetry);
        }
    }
}
