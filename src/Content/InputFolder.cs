namespace Generator.Content;

/// <summary>The fixed layout of an input folder, in one place, so the loader and the error messages agree on it.</summary>
public static class InputFolder
{
    public const string SiteFile = "site.yml";
    public const string GlossaryFolder = "glossary";
    public const string ArticlesFolder = "articles";
    public const string AssetsFolder = "assets";
    public const string ArticleIndexFile = "index.md";

    /// <summary>
    /// Top-level output folders the generator itself writes (the glossary, assets, the front page's older pages, topic
    /// pages); an article may not take these names, nor a four-digit year's, which the date archives take.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs =
        new HashSet<string>(StringComparer.Ordinal) { "glossary", "assets", "theme", "404", "images", "page", "topics", "people", "places" };

    /// <summary>Whether an article folder's slug is an address the site itself uses.</summary>
    public static bool IsReserved(string slug) => ReservedSlugs.Contains(slug) || (slug.Length == 4 && slug.All(char.IsAsciiDigit));
}
