namespace VoiceLive.Emulator
{
    /// <summary>When a one-shot fault fires (query parameter <c>emulator-fault-at</c>, value in brackets).</summary>
    public enum EmulatorFaultTrigger
    {
        /// <summary>The fault kind's natural moment: mid-response for <see cref="EmulatorFaultKind.Close"/> and <see cref="EmulatorFaultKind.Abort"/>, right after <c>session.created</c> otherwise.</summary>
        Default = 0,

        /// <summary>Right after <c>session.created</c> (<c>connect</c>).</summary>
        AfterSessionCreated,

        /// <summary>In the first response, after its first delta event (<c>response</c>).</summary>
        MidResponse,

        /// <summary>Right after the first <c>response.done</c>: between turns, with a conversation behind (<c>response-done</c>).</summary>
        AfterResponse,
    }
}
