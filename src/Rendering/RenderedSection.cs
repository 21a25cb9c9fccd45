using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>A section after Markdown rendering, note anchoring and term linking.</summary>
public sealed record RenderedSection(
    Section Section,
    string Html,
    IReadOnlyList<RenderedNote> Notes,
    IReadOnlyList<Term> LinkedTerms,
    int WordCount);
