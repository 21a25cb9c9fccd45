namespace Generator.Rendering.Views;

/// <summary>
/// What every layout knows about the page being rendered. <see cref="Kind"/> is home, article, glossary, term,
/// archive, topic, topics or not-found; <see cref="StructuredData"/> is the page's schema.org JSON-LD, when it has any.
/// </summary>
public sealed record PageView(string Kind, string Title, string? Description, string Url, RawHtml? StructuredData = null)
{
    /// <summary>The language the page is written in (the site's, or an article's own), for <c>&lt;html lang&gt;</c>.</summary>
    public string Language { get; init; } = "";

    /// <summary>The page in every language it is published in, itself included; empty when it has no translation.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>The page's absolute address under the site's base URL, for canonical and sharing links; null without one.</summary>
    public string? Canonical { get; init; }

    /// <summary>On a listing split into pages, the address of the page before this one (newer items); null on the first.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>On a listing split into pages, the address of the page after this one (older items); null on the last.</summary>
    public string? NextUrl { get; init; }

    /// <summary>The picture a shared link to the page shows; null when the site has no base URL to make its address absolute.</summary>
    public ImageView? Image { get; init; }
}
