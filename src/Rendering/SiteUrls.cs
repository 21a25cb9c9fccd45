namespace Generator.Rendering;

/// <summary>
/// The address of every kind of page, root-relative. A base path (from --base-url) is applied to the finished pages
/// in one place (<see cref="Publishing.RebaseLinks"/>), so nothing else needs to know about it.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Glossary = "/glossary/";

    /// <summary>The search page; <c>?q=</c> runs a query from the address.</summary>
    public const string Search = "/search/";

    public static string Article(string articleSlug) => $"/{Uri.EscapeDataString(articleSlug)}/";

    /// <summary>The file of an article's page in the output folder.</summary>
    public static string ArticleFile(string articleSlug) => $"{articleSlug}/index.html";

    public static string Section(string articleSlug, string sectionSlug) => $"{Article(articleSlug)}#{Uri.EscapeDataString(sectionSlug)}";

    public static string Term(string termSlug) => $"{Glossary}{Uri.EscapeDataString(termSlug)}/";

    /// <summary>The term's entry on the A–Z page.</summary>
    public static string GlossaryEntry(string termSlug) => $"{Glossary}#{Uri.EscapeDataString(termSlug)}";
}
