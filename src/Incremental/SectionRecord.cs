using Generator.Rendering;

namespace Generator.Incremental;

/// <summary>A rendered section as the cache keeps it: glossary terms by slug, people and places by the name written.</summary>
public sealed record SectionRecord(
    string Slug,
    string Html,
    IReadOnlyList<RenderedNote> Notes,
    IReadOnlyList<string> LinkedTermSlugs,
    IReadOnlyDictionary<string, string> ListedTermSlugs,
    int WordCount);
