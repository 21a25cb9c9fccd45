namespace Generator.Pipeline;

/// <summary>One step of a build: how long it took and how much memory it allocated (what the garbage collector had to clear).</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed, long AllocatedBytes = 0);
