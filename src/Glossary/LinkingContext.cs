using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>
/// Everything term linking needs to know about the document it works on: the glossary, the density rule and the
/// section's own rules, which terms earlier sections of the article already linked, and where to report.
/// </summary>
public sealed class LinkingContext(GlossaryIndex glossary, string idScope)
{
    public GlossaryIndex Glossary { get; } = glossary;

    /// <summary>Makes definition ids unique on a page that shows several documents (the section's slug).</summary>
    public string IdScope { get; } = idScope;

    public LinkDensity Density { get; init; } = LinkDensity.FirstInSection;

    public SectionGlossaryRules Rules { get; init; } = SectionGlossaryRules.None;

    /// <summary>Terms linked by earlier sections of the same article; updated as sections are linked.</summary>
    public HashSet<Term> LinkedEarlierInArticle { get; init; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The term whose own definition this is; it never links to itself.</summary>
    public Term? OwnTerm { get; init; }

    /// <summary>The Markdown's file and first line, to locate errors such as an unknown <c>term:</c> slug.</summary>
    public MarkdownSource? Source { get; init; }

    public DiagnosticBag? Diagnostics { get; init; }

    /// <summary>When set, every occurrence found, linked or not, is recorded here with the reason (the glossary report).</summary>
    public List<TermOccurrence>? Report { get; init; }
}
