namespace Generator.Rendering.Views;

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
    IReadOnlyList<DefinitionView> Definitions);
