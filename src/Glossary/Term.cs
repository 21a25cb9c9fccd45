using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>
/// A glossary entry: the name readers see, other names it goes by (aliases and plural forms), the hover definition,
/// the long one, and what the definition rests on.
/// </summary>
public sealed record Term(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Short,
    MarkdownSource Body,
    SourceLocation Location)
{
    /// <summary>Forms match only with this exact capitalisation (acronyms such as "DES" must not match "des").</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Plural forms, written out or derived from <c>plural: true</c>.</summary>
    public IReadOnlyList<string> Plurals { get; init; } = [];

    /// <summary>Slugs of related terms, checked against the glossary.</summary>
    public IReadOnlyList<LocatedText> SeeAlso { get; init; } = [];

    /// <summary>Where the definition comes from.</summary>
    public ArticleSource? Source { get; init; }

    /// <summary>The date the definition was true on, for facts that change (office holders, membership).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The language the term and its definitions are written in, when it is not the site's; null for the site's.</summary>
    public LocatedText? Language { get; init; }

    /// <summary>The language it is written in: its own, or else the site's.</summary>
    public string LanguageOr(string siteLanguage) => Language?.Value ?? siteLanguage;

    /// <summary>Where <c>plural: true</c> is written, when the plurals were derived by the English rules; null otherwise.</summary>
    public SourceLocation? DerivedPluralsLocation { get; init; }

    /// <summary>Where each name, alias and plural is written, to report a form two terms claim at the right line.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FormLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Every form of the term that links to it in prose: its name first, then its aliases and plurals.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Name).Concat(Plurals);
}
