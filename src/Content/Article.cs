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
    public ContentTime LastRevision(SiteTimeZone zone) => LastRevisionIn(zone).Time;

    /// <summary>
    /// <see cref="LastRevision"/> with the instant it stands for, worked out once per article: the sitemap, the feeds
    /// and the listing pages ask it of every use of every term and every page that lists the article, a million times
    /// at 10,000 articles. An article never changes (a changed one is a new object), so what is kept stays true.
    /// </summary>
    public (ContentTime Time, DateTimeOffset Instant) LastRevisionIn(SiteTimeZone zone)
    {
        if (Revisions.TryGetValue(this, out var known) && known.Zone == zone)
        {
            return (known.Time, known.Instant);
        }

        // The first of equal latest ones, in this order: the corrections, the update, the date.
        (ContentTime Time, DateTimeOffset Instant)? latest = null;
        foreach (var correction in Corrections)
        {
            latest = Later(latest, correction.At, zone);
        }

        var (time, instant) = Later(Later(latest, Updated ?? Date, zone), Date, zone)!.Value;
        Revisions.AddOrUpdate(this, new Revision(zone, time, instant));
        return (time, instant);
    }

    // By the article object, not by its value (a ConditionalWeakTable compares references), and let go with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, Revision> Revisions = new();

    private sealed record Revision(SiteTimeZone Zone, ContentTime Time, DateTimeOffset Instant);

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
