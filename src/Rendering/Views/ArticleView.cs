namespace Generator.Rendering.Views;

/// <summary>
/// An article for layouts; <see cref="Corrections"/> come newest first, <see cref="Modified"/> is its last revision
/// (update or correction), null when it has none. <see cref="Language"/> is the language it is written in (its own or
/// the site's): a page that lists it in another language marks its title with it.
/// </summary>
public sealed record ArticleView(
    string Slug,
    string Url,
    string Title,
    string? Dek,
    string? Byline,
    DateView Date,
    DateView? Updated,
    LinkView? Source,
    IReadOnlyList<string> Tags,
    bool Draft,
    int ReadingMinutes,
    RawHtml Standfirst,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<DefinitionView> Definitions,
    IReadOnlyList<CorrectionView> Corrections,
    DateView? Modified)
{
    public string Language { get; init; } = "";
    /// <summary>Its tags, each linking its topic page (<c>/topics/&lt;slug&gt;/</c>).</summary>
    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    /// <summary>The month of the archive that lists the article (<c>/2022/02/</c>).</summary>
    public string ArchiveUrl { get; init; } = "";

    /// <summary>The places in other articles that link to this one, newest linking article first (its page only).</summary>
    public IReadOnlyList<BacklinkView> LinkedFrom { get; init; } = [];

    /// <summary>
    /// On a person's or place's page, the article's sections that name them, in reading order, each linked to its place
    /// in the article (<c>/slug/#section</c>); empty on every other page.
    /// </summary>
    public IReadOnlyList<LinkView> TopicSections { get; init; } = [];
}
