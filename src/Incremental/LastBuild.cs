using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// The last successful build, as the next one needs it to tell that nothing it depends on moved: the fingerprint of
/// its inputs (<c>BuildInputs</c>), of the output folder it left, the git commit its update times were read
/// at, the span of "now" in which the same articles are published, and what it reported (the summary's figures and its
/// warnings, reported again). A build that finds all of them unchanged has nothing to do: the output folder already
/// holds the site it would write.
/// </summary>
/// <param name="Inputs">The fingerprint of everything the build read (<c>BuildInputs.Fingerprint</c>).</param>
/// <param name="Output">The output folder as the build left it (<see cref="FolderStamp"/>, without change times).</param>
/// <param name="GitCommit">The commit the articles' <c>updated: auto</c> times were read at; null when none were.</param>
/// <param name="PublishedUpTo">The newest published article's time: a "now" before it publishes fewer articles.</param>
/// <param name="NextRelease">The first held-back article's time: from then on it is published.</param>
/// <param name="OutputFiles">How many files the output folder holds, for the summary.</param>
/// <param name="ContentFiles">How many content files the build used, for the summary.</param>
public sealed record LastBuild(
    string Inputs,
    string Output,
    string? GitCommit,
    DateTimeOffset PublishedUpTo,
    DateTimeOffset NextRelease,
    int Pages,
    int Articles,
    int Terms,
    int TermLinks,
    int DraftsLeftOut,
    ScheduledRelease? HeldBack,
    int OutputFiles,
    int ContentFiles,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>
    /// Whether a build with these inputs, at <paramref name="now"/>, would write the site this one left, and the output
    /// folder still holds it: the same inputs, the same articles published, the same commit for times read from git,
    /// and no file of the output folder added, removed or written since.
    /// </summary>
    public bool IsCurrent(string inputs, DateTimeOffset now, string inputFolder, string outputFolder) =>
        inputs == Inputs
        && now >= PublishedUpTo && now < NextRelease
        && (GitCommit is null || Revisions.ReadCommitTimes.HeadCommit(inputFolder) == GitCommit)
        && FolderStamp.Of(outputFolder, FolderStamp.Detail.WithoutChangeTime) == Output;

    /// <summary>A successful build, recorded once its output folder is in place.</summary>
    /// <param name="summary">The summary's figures: pages, articles, terms and term links.</param>
    public static LastBuild Of(string inputs, string outputFolder, string? gitCommit, ContentSet published, ScheduledRelease? heldBack, bool includeFuture,
        (int Pages, int Articles, int Terms, int TermLinks) summary, Publishing.WrittenFiles files, int contentFiles, IReadOnlyList<Diagnostic> warnings)
    {
        // Which articles are published depends on "now" only between the newest published one and the first held back;
        // with --future it does not depend on it at all.
        var zone = published.Site.TimeZone;
        var publishedUpTo = includeFuture || published.Articles.Count == 0
            ? DateTimeOffset.MinValue
            : published.Articles.Max(article => zone.InstantOf(article.Date));
        return new LastBuild(inputs, FolderStamp.Of(outputFolder, FolderStamp.Detail.WithoutChangeTime), gitCommit, publishedUpTo,
            heldBack?.Next ?? DateTimeOffset.MaxValue, summary.Pages, summary.Articles, summary.Terms, summary.TermLinks,
            published.LeftOutDrafts.Count, heldBack, files.Changed + files.Unchanged, contentFiles, warnings);
    }
}
