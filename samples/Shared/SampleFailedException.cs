using System;

namespace VoiceLive.Samples
{
    /// <summary>A failure the sample explains itself (server error, unexpected end of the conversation).</summary>
    internal sealed class SampleFailedException : Exception
    {
        public SampleFailedException(string message)
            : base(message)
        {
        }
    }
}
