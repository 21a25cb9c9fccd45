namespace Generator.Rendering;

/// <summary>
/// Markdig numbers footnotes per document (<c>fn:1</c>, <c>fnref:1</c>), and an article page shows one document per
/// section: prefixing each section's footnote ids and the links to them with the section's slug keeps every id on the
/// page unique. The markup is Markdig's own, and text never contains a literal <c>id="</c> (quotes in text are escaped),
/// so a replacement on the section's HTML is exact.
/// </summary>
public static class ScopeFootnoteIds
{
    public static string Run(string html, string scope)
    {
        if (!html.Contains("id=\"fn", StringComparison.Ordinal))
        {
            return html;
        }

        return html
            .Replace("id=\"fn:", $"id=\"{scope}-fn-", StringComparison.Ordinal)
            .Replace("id=\"fnref:", $"id=\"{scope}-fnref-", StringComparison.Ordinal)
            .Replace("href=\"#fn:", $"href=\"#{scope}-fn-", StringComparison.Ordinal)
            .Replace("href=\"#fnref:", $"href=\"#{scope}-fnref-", StringComparison.Ordinal);
    }
}
