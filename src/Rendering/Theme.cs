namespace Generator.Rendering;

/// <summary>A loaded theme: its parsed layouts by name and its fingerprinted assets by name.</summary>
public sealed record Theme(IReadOnlyDictionary<string, Layout> Layouts, IReadOnlyDictionary<string, ThemeAsset> Assets)
{
    /// <summary>
    /// The layout every page is wrapped in, when the theme has one: it receives the page's own HTML as <c>content</c>
    /// (the document shell, header and footer live there once instead of in every page layout).
    /// </summary>
    public const string BaseLayout = "base";
}
