namespace Generator.Incremental;

/// <summary>
/// The names of what an output can be made from, the same from build to build: the build cache records, for each page
/// it writes, the names its rendering read and the version of each at the time (<see cref="DependencyRecorder"/>), and
/// takes the page again only while every one of them has the same version (<see cref="InputVersions"/>).
/// </summary>
public static class Dependency
{
    /// <summary>site.yml and the generator itself: every page's view of the site.</summary>
    public const string Site = "site";

    /// <summary>The address the site is published at (<c>--base-url</c>): canonical links and rebased links.</summary>
    public const string BaseUrl = "base-url";

    /// <summary>How every term matches text: which term a piece of text links to, for text linked by a layout.</summary>
    public const string TermMatching = "term-matching";

    /// <summary>A layout or partial of the theme, by name.</summary>
    public static string Layout(string name) => "layout:" + name;

    /// <summary>A theme asset, by name, as a layout addresses it (its address carries a hash of its bytes).</summary>
    public static string Asset(string name) => "asset:" + name;

    /// <summary>
    /// The theme's strings file of a language, as a page in that language reads it: its fixed words (the layouts'
    /// <c>t</c> filter) and its dates (month names and formats).
    /// </summary>
    public static string Strings(string language) => "strings:" + language;

    /// <summary>A term as a link to it shows it: its address, name and short definition, in the link's pop-up.</summary>
    public static string TermLink(string slug) => "term-link:" + slug;

    /// <summary>A term as its own page and the glossary show it: everything its view holds.</summary>
    public static string TermView(string slug) => "term-view:" + slug;

    /// <summary>A rendered article, whole: what its own page shows.</summary>
    public static string Article(string slug) => "article:" + slug;

    /// <summary>An article's photos and preview image as its page shows them: their addresses (hashed) and sizes.</summary>
    public static string Images(string slug) => "images:" + slug;

    /// <summary>An article's translations as its page links them: each one's language, name of it, address and title.</summary>
    public static string Translations(string slug) => "translations:" + slug;

    /// <summary>An article's "Linked from" list: the places in other articles that link to it.</summary>
    public static string Backlinks(string slug) => "backlinks:" + slug;

    /// <summary>An article as the pages that list articles are given it (its prose only where the feed carries it).</summary>
    public static string ListedArticle(string slug) => "listed-article:" + slug;

    /// <summary>What a page that lists the site is given of its own, and which views it lists, in their order.</summary>
    public static string Listing(string outputPath) => "listing:" + outputPath;
}
