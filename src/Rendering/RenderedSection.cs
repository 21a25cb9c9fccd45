using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>
/// A section after Markdown rendering, note anchoring and term linking. <see cref="LinkedTerms"/> are the terms its prose
/// links; <see cref="ListedTerms"/> the terms named in its people and places.
/// </summary>
public sealed record RenderedSection(
    Section Section,
    string Html,
    IReadOnlyList<RenderedNote> Notes,
    IReadOnlyList<Term> LinkedTerms,
    IReadOnlyDictionary<string, Term> ListedTerms,
    int WordCount)
{
    /// <summary>
    /// The text a reader sees of the section, read from the syntax tree it was rendered from (for search); null once the
    /// page is written, and for a section taken from the build cache.
    /// </summary>
    public Prose.PlainText? Text { get; init; }
}
