using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The post-processing step: the changes made to finished pages. Today that is putting the base path in front of
/// root-relative addresses when the site is served from a sub-path; pages reused from the build cache are already final.
/// </summary>
public static class PostProcessPages
{
    public static IReadOnlyList<Page> Run(IReadOnlyList<Page> pages, string basePath)
    {
        if (basePath.TrimEnd('/').Length == 0)
        {
            return pages;
        }

        var processed = new Page[pages.Count];
        Parallel.For(0, pages.Count, index =>
        {
            var page = pages[index];
            processed[index] = page.IsReused || !page.OutputPath.EndsWith(".html", StringComparison.Ordinal) ? page : page with { Html = RebaseLinks.Run(page.Html, basePath) };
        });
        return processed;
    }
}
