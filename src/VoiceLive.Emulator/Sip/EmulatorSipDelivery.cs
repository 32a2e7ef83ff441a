namespace VoiceLive.Emulator
{
    /// <summary>One webhook delivery the emulator made: to which registration, which event, and the receiver's HTTP status (0 when it could not be reached).</summary>
    /// <param name="WebhookId">The registration.</param>
    /// <param name="EventId">The event's id (the <c>webhook-id</c> header).</param>
    /// <param name="Type">The event type.</param>
    /// <param name="CallId">The call.</param>
    /// <param name="Status">The receiver's status code, 0 when unreachable.</param>
    public sealed record EmulatorSipDelivery(string WebhookId, string EventId, string Type, string CallId, int Status);
}
