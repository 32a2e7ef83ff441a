using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// Tests that measure the whole process's live heap run alone: tests running beside them in parallel allocate and
    /// hold memory of their own, which the measurement would count as growth.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessHeapCollection
    {
        public const string Name = "Process heap";
    }
}
