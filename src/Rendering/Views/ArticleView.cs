namespace Generator.Rendering.Views;

/// <summary>
/// An article for layouts; <see cref="Corrections"/> come newest first, <see cref="Modified"/> is its last revision
/// (update or correction), null when it has none.
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
    DateView? Modified);
