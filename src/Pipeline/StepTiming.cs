namespace Generator.Pipeline;

public sealed record StepTiming(string Step, TimeSpan Elapsed);
