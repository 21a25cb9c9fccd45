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
    TimeSpan Elapsed)
{
    /// <summary>Articles rendered in this build; the others were reused from the build cache.</summary>
    public int ArticlesRendered { get; init; }

    /// <summary>Themed pages rendered in this build; the others were kept as the previous build wrote them.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Articles with <c>draft: true</c> the build left out (without --drafts), for the summary.</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>Files written with new bytes, and files kept unchanged (same bytes, modification time untouched).</summary>
    public Publishing.WrittenFiles? Files { get; init; }

    /// <summary>Content files the build read and parsed, of all it used; the others were taken from the build cache unread.</summary>
    public (int Read, int Used)? ContentFilesRead { get; init; }

    /// <summary>Terms whose long definitions the build rendered, of all terms; the others were taken from the build cache.</summary>
    public (int Rendered, int Terms)? DefinitionsRendered { get; init; }

    /// <summary>
    /// Whether the checks on the finished site ran: false when the build cache remembered a clean check of exactly what
    /// they would read (<see cref="Publishing.CleanLinkCheck"/>), or the build stopped before them.
    /// </summary>
    public bool LinksChecked { get; init; }

    /// <summary>Scheduled articles left out because their date is still to come; null when none were.</summary>
    public Content.ScheduledRelease? HeldBack { get; init; }
}
