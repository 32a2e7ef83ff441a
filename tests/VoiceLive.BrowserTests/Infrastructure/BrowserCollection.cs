using Xunit;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// Browser tests run one at a time: each drives a real-time conversation, and two Chromiums plus two
    /// real-time emulators on a small machine would shift the timing the barge-in test depends on.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class BrowserCollection
    {
        public const string Name = "Browser";
    }
}
