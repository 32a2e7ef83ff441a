namespace VoiceLive
{
    public partial class VoiceLiveClientOptions
    {
        /// <summary>
        /// Session resumption after a dropped or expiring connection (off by default; set
        /// <see cref="VoiceLiveReconnectionOptions.Enabled"/>). See docs/resilience.md for what is restored.
        /// </summary>
        public VoiceLiveReconnectionOptions Reconnection { get; } = new VoiceLiveReconnectionOptions();
    }
}
