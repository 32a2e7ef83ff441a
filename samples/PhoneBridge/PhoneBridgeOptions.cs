using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>Settings of the telephony bridge.</summary>
    public sealed class PhoneBridgeOptions
    {
        /// <summary>How call audio is carried (μ-law pass-through by default).</summary>
        public PhoneAudioMode Mode { get; set; } = PhoneAudioMode.MuLawPassThrough;

        /// <summary>Opens one Voice Live session per call.</summary>
        public Func<CancellationToken, Task<VoiceLiveConnection>> ConnectAsync { get; set; } =
            _ => throw new InvalidOperationException("No Voice Live connection factory was configured.");

        /// <summary>What the assistant is told to be.</summary>
        public string Instructions { get; set; } = "You are a helpful contact-centre agent on a phone call. Keep answers short.";

        /// <summary>The port to listen on (0: any free port).</summary>
        public int Port { get; set; } = 5050;
    }
}
