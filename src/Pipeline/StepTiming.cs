namespace Generator.Pipeline;

/// <summary>
/// One step of a build: how long it took, the processor time it used on all cores (twice the elapsed time is a step
/// that kept two cores busy), and how much memory it allocated (what the garbage collector had to clear).
/// </summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed, long AllocatedBytes = 0, TimeSpan ProcessorTime = default);
