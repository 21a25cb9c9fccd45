namespace Generator.Content;

/// <summary>An article: the front matter of its <c>index.md</c> and its sections in reading order.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string? Dek,
    string? Byline,
    DateOnly Date,
    DateOnly? Updated,
    ArticleSource? Source,
    IReadOnlyList<string> Tags,
    bool Draft,
    MarkdownSource Standfirst,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Old addresses that now lead to this article.</summary>
    public IReadOnlyList<Diagnostics.LocatedText> RedirectFrom { get; init; } = [];

    /// <summary>Its <c>index.md</c> and section files.</summary>
    public IEnumerable<SourceFile> Files => Sections.Select(section => section.Body.File).Prepend(Standfirst.File);
}
