using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>A glossary entry: the name readers see, other names it goes by, the hover definition and the long one.</summary>
public sealed record Term(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Short,
    MarkdownSource Body,
    SourceLocation Location)
{
    /// <summary>Every form of the term that links to it in prose: its name first, then its aliases.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Name);
}
