using Xunit;

// The tests here measure process-wide quantities (GC heap, threads, file descriptors) and load both cores: running them
// one at a time keeps each measurement about the code under test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
