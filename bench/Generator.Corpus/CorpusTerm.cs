namespace Generator.Corpus;

/// <summary>A glossary term of the corpus: the forms prose may use, and what its file says.</summary>
public sealed record CorpusTerm(string Slug, string Name, TermKind Kind)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The plural of the name as prose writes it; empty for terms that are not used in the plural.</summary>
    public IReadOnlyList<string> Plurals { get; init; } = [];

    /// <summary>The generator derives <see cref="Plurals"/> itself (<c>plural: true</c>); otherwise they are listed.</summary>
    public bool PluralIsRegular { get; init; }

    public bool CaseSensitive { get; init; }

    public string Short { get; init; } = "";

    /// <summary>The long definition, in Markdown.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    public bool HasSource { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>Every form the generator matches: name, aliases and plurals.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Name).Concat(Plurals);
}
