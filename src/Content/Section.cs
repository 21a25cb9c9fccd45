using Generator.Glossary;

namespace Generator.Content;

/// <summary>One section of an article: its own front matter and its prose.</summary>
public sealed record Section(
    string Slug,
    int Order,
    string Title,
    string? Dateline,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Places,
    Photo? Photo,
    PullQuote? PullQuote,
    IReadOnlyList<RelatedLink> Related,
    IReadOnlyList<Note> Notes,
    MarkdownSource Body)
{
    public SectionGlossaryRules GlossaryRules { get; init; } = SectionGlossaryRules.None;

    /// <summary>Where the order is written (the <c>order</c> key, or the file itself for an NN- prefix).</summary>
    public Diagnostics.SourceLocation OrderLocation { get; init; }

    /// <summary>Where each of <see cref="People"/> is written, in the same order: where a name whose address clashes is reported.</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> PeopleLocations { get; init; } = [];

    /// <summary>Where each of <see cref="Places"/> is written, in the same order.</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> PlacesLocations { get; init; } = [];

    /// <summary>Old addresses that now lead to this section.</summary>
    public IReadOnlyList<Diagnostics.LocatedText> RedirectFrom { get; init; } = [];
}
