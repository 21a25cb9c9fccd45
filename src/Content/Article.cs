using Generator.Content.Time;

namespace Generator.Content;

/// <summary>An article: the front matter of its <c>index.md</c> and its sections in reading order.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string? Dek,
    string? Byline,
    ContentTime Date,
    ContentTime? Updated,
    ArticleSource? Source,
    IReadOnlyList<string> Tags,
    bool Draft,
    MarkdownSource Standfirst,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Old addresses that now lead to this article.</summary>
    public IReadOnlyList<Diagnostics.LocatedText> RedirectFrom { get; init; } = [];

    /// <summary>Where each of <see cref="Tags"/> is written, in the same order: where a tag whose address clashes is reported.</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> TagLocations { get; init; } = [];

    /// <summary>Corrections, as written (the page shows them newest first).</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>
    /// <c>updated: auto</c>: <see cref="Updated"/> is the time of the last commit that touched the article's files,
    /// filled in from git when the build starts.
    /// </summary>
    public bool UpdatedFromGit { get; init; }

    /// <summary>Where <c>updated</c> (or, without it, <c>date</c>) is written: where a revision that went unmarked is reported.</summary>
    public Diagnostics.SourceLocation RevisionLocation { get; init; }

    /// <summary>
    /// The latest of its publication, its update and its corrections: what the feed, JSON-LD's <c>dateModified</c> and
    /// the sitemap give as its last modification.
    /// </summary>
    public ContentTime LastRevision(SiteTimeZone zone)
    {
        // The first of equal latest ones, in this order: the corrections, the update, the date. Without LINQ: the
        // sitemap and the feeds ask it of every use of every term.
        (ContentTime Time, DateTimeOffset Instant)? latest = null;
        foreach (var correction in Corrections)
        {
            latest = Later(latest, correction.At, zone);
        }

        return Later(Later(latest, Updated ?? Date, zone), Date, zone)!.Value.Time;
    }

    private static (ContentTime Time, DateTimeOffset Instant)? Later((ContentTime Time, DateTimeOffset Instant)? latest, ContentTime time, SiteTimeZone zone) =>
        zone.InstantOf(time) is var instant && (latest is not { } known || instant > known.Instant) ? (time, instant) : latest;

    /// <summary>The language it is written in (<c>language</c>), when it is not the site's; null for the site's.</summary>
    public Diagnostics.LocatedText? Language { get; init; }

    /// <summary>The articles that are this one in other languages (<c>translations: {uk: slug}</c>), as written.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];

    /// <summary>The language it is written in: its own, or else the site's.</summary>
    public string LanguageOr(string siteLanguage) => Language?.Value ?? siteLanguage;

    /// <summary>Its <c>index.md</c> and section files.</summary>
    public IEnumerable<SourceFile> Files() => Sections.Select(section => section.Body.File).Prepend(Standfirst.File);
}
