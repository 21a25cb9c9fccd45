namespace Generator.Corpus;

/// <summary>The size of a corpus and the seed it is made from; the same options always give the same files.</summary>
/// <param name="TermsInProse">
/// How many of the terms the articles mention (the first ones); the rest are used only by other terms' definitions.
/// Null: all of them. Two corpora that differ only in <paramref name="Terms"/> and keep this equal have the same articles.
/// </param>
/// <param name="Photos">
/// How many raster photos (JPEG, 2000 x 1333, drawn with SkiaSharp) the corpus has; each article's first section shows
/// one, in turn, for the build to resize. Zero: only the small SVG photos, which the build publishes as they are.
/// </param>
public sealed record CorpusOptions(int Articles, int SectionsPerArticle, int Terms, int Seed = 1, int? TermsInProse = null, int Photos = 0)
{
    public int ProseTermCount => TermsInProse ?? Terms;

    public int SectionCount => Articles * SectionsPerArticle;

    /// <summary>Why the options cannot make a corpus, or null.</summary>
    public string? Problem() =>
        Articles < 1 ? "--articles must be at least 1"
        : SectionsPerArticle is < 1 or > 999 ? "--sections must be between 1 and 999"
        : Terms < 1 ? "--terms must be at least 1"
        : ProseTermCount < 1 || ProseTermCount > Terms ? "--terms-in-prose must be between 1 and --terms"
        : Photos < 0 ? "--photos must be at least 0"
        : null;
}
