namespace Generator.Rendering;

/// <summary>A loaded theme: its parsed layouts by name and its fingerprinted assets by name.</summary>
public sealed record Theme(IReadOnlyDictionary<string, Layout> Layouts, IReadOnlyDictionary<string, ThemeAsset> Assets)
{
    /// <summary>The layouts the generator renders pages with; a theme must provide each.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts = ["home", "article", "glossary", "term", "not-found"];

    /// <summary>
    /// The layout every page is wrapped in, when the theme has one: it receives the page's own HTML as <c>content</c>
    /// (the document shell, header and footer live there once instead of in every page layout).
    /// </summary>
    public const string BaseLayout = "base";
}
