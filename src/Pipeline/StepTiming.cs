namespace Generator.Pipeline;

/// <summary>
/// One step of a build: how long it took, the processor time it used on all cores (twice the elapsed time is a step
/// that kept two cores busy), how much memory it allocated (what the garbage collector had to clear), and how long the
/// collector stopped the build during it (a step that allocates little can still pay for a large heap).
/// </summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed, long AllocatedBytes = 0, TimeSpan ProcessorTime = default, TimeSpan CollectorPauses = default);
