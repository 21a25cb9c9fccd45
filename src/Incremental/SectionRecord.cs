using Generator.Rendering;

namespace Generator.Incremental;

/// <summary>
/// A rendered section as the cache's index keeps it: glossary terms by slug, people and places by the name written. Its
/// HTML is kept apart (<see cref="ArticleProse"/>), read only when a page must show it.
/// </summary>
public sealed record SectionRecord(
    string Slug,
    IReadOnlyList<RenderedNote> Notes,
    IReadOnlyList<string> LinkedTermSlugs,
    IReadOnlyDictionary<string, string> ListedTermSlugs,
    int WordCount);
