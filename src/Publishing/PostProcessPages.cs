using AngleSharp;
using AngleSharp.Html.Parser;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The post-processing step: the changes that need a page's DOM. A page is parsed once, only when one of them
/// applies to it, and all of them run on that one DOM.
/// </summary>
public static class PostProcessPages
{
    public static IReadOnlyList<Page> Run(IReadOnlyList<Page> pages, string basePath)
    {
        var rebase = basePath.TrimEnd('/').Length > 0;
        var processed = new Page[pages.Count];
        Parallel.For(0, pages.Count, index =>
        {
            var page = pages[index];
            var footnotes = ScopeFootnoteIds.AppliesTo(page.Html);
            if (!page.OutputPath.EndsWith(".html", StringComparison.Ordinal) || (!rebase && !footnotes))
            {
                processed[index] = page;
                return;
            }

            var document = new HtmlParser().ParseDocument(page.Html);
            if (footnotes)
            {
                ScopeFootnoteIds.Run(document);
            }

            if (rebase)
            {
                RebaseLinks.Run(document, basePath);
            }

            processed[index] = page with { Html = document.ToHtml(new AngleSharp.Html.HtmlMarkupFormatter()) };
        });

        return processed;
    }
}
