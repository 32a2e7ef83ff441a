namespace VoiceLive.Emulator
{
    /// <summary>An incoming phone call for <see cref="EmulatorSip.RingAsync"/>: who calls whom.</summary>
    public sealed class EmulatorIncomingCall
    {
        /// <summary>The caller (the INVITE's <c>From</c> header).</summary>
        public string From { get; set; } = "sip:+14255550100@pstn.emulator.invalid";

        /// <summary>The called number (the INVITE's <c>To</c> header).</summary>
        public string To { get; set; } = "sip:+14255550199@voicelive.emulator.invalid";
    }
}
