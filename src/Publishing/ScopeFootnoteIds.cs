using AngleSharp.Dom;

namespace Generator.Publishing;

/// <summary>
/// Markdig numbers footnotes per document (<c>fn:1</c>), and an article page shows one document per section:
/// prefixing each section's footnote ids with the section's id keeps every id on the page unique.
/// </summary>
public static class ScopeFootnoteIds
{
    public static bool AppliesTo(string html) => html.Contains("id=\"fn:", StringComparison.Ordinal);

    public static void Run(IDocument document)
    {
        foreach (var section in document.QuerySelectorAll("section[id]"))
        {
            var scope = section.Id!;
            foreach (var element in section.QuerySelectorAll("[id^='fn:'], [id^='fnref:']"))
            {
                element.Id = $"{scope}-{element.Id!.Replace(':', '-')}";
            }

            foreach (var link in section.QuerySelectorAll("a[href^='#fn:'], a[href^='#fnref:']"))
            {
                link.SetAttribute("href", $"#{scope}-{link.GetAttribute("href")![1..].Replace(':', '-')}");
            }
        }
    }
}
