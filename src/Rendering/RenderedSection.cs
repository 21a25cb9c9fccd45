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
    int WordCount);
