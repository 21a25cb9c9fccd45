using Generator.Diagnostics;

namespace Generator.Pipeline;

/// <summary>What a build did: whether it wrote the site, every diagnostic, and the figures for the summary line.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Articles,
    int Terms,
    int TermLinks,
    IReadOnlyList<StepTiming> Timings,
    TimeSpan Elapsed);
