namespace Generator.Rendering;

/// <summary>A loaded theme: its parsed layouts by name, its fingerprinted assets by name and its strings by language.</summary>
public sealed record Theme(IReadOnlyDictionary<string, Layout> Layouts, IReadOnlyDictionary<string, ThemeAsset> Assets)
{
    /// <summary>
    /// The files the social cards are drawn with (<c>card.yml</c>, <c>fonts/…</c>), by their path inside the theme;
    /// read by <see cref="Images.CardStyle"/>, never published.
    /// </summary>
    public IReadOnlyDictionary<string, ThemeFile> CardFiles { get; init; } = new Dictionary<string, ThemeFile>();

    /// <summary>The fixed strings of each language the theme speaks (<c>i18n/&lt;language&gt;.yml</c>).</summary>
    public Localization.StringsCatalogue Strings { get; init; } = Localization.StringsCatalogue.Empty;

    /// <summary>
    /// The layout every page is wrapped in, when the theme has one: it receives the page's own HTML as <c>content</c>
    /// (the document shell, header and footer live there once instead of in every page layout).
    /// </summary>
    public const string BaseLayout = "base";

    private ProsePartials? _prose;

    /// <summary>The partials that write the theme's markup into the prose (term links, notes' anchors, sidenotes).</summary>
    public ProsePartials Prose => LazyInitializer.EnsureInitialized(ref _prose, () => ProsePartials.Of(this));
}
