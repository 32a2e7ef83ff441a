namespace VoiceLive
{
    /// <summary>
    /// Where a resumable connection stands. Open → Interrupted (a drop was seen) → Resuming (reconnecting and
    /// restoring) → Open again, or → Closed (a final close, the app's own close, or every attempt failed).
    /// </summary>
    internal enum ResumptionPhase
    {
        Open,
        Interrupted,
        Resuming,
        Closed,
    }
}
