namespace VoiceLive.Protocol.Models
{
    /// <summary>The one instance behind <see cref="TurnDetection.Disabled"/>; its converter writes it as JSON <c>null</c>.</summary>
    internal sealed class DisabledTurnDetection : TurnDetection
    {
        public DisabledTurnDetection()
            : base(default)
        {
        }
    }
}
