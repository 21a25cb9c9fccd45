namespace Generator.Corpus;

/// <summary>The size of a corpus and the seed it is made from; the same options always give the same files.</summary>
/// <param name="TermsInProse">
/// How many of the terms the articles mention (the first ones); the rest are used only by other terms' definitions.
/// Null: all of them. Two corpora that differ only in <paramref name="Terms"/> and keep this equal have the same articles.
/// </param>
public sealed record CorpusOptions(int Articles, int SectionsPerArticle, int Terms, int Seed = 1, int? TermsInProse = null)
{
    public int ProseTermCount => TermsInProse ?? Terms;

    public int SectionCount => Articles * SectionsPerArticle;

    /// <summary>Why the options cannot make a corpus, or null.</summary>
    public string? Problem() =>
        Articles < 1 ? "--articles must be at least 1"
        : SectionsPerArticle is < 1 or > 999 ? "--sections must be between 1 and 999"
        : Terms < 1 ? "--terms must be at least 1"
        : ProseTermCount < 1 || ProseTermCount > Terms ? "--terms-in-prose must be between 1 and --terms"
        : null;
}
