using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The changes made to a finished page before it is checked and written. Today that is putting the base path in
/// front of root-relative addresses when the site is served from a sub-path; a page reused from the build cache is
/// already final.
/// </summary>
public static class PostProcessPages
{
    public static Page Run(Page page, string basePath) =>
        basePath.TrimEnd('/').Length == 0 || page.IsReused || !page.OutputPath.EndsWith(".html", StringComparison.Ordinal)
            ? page
            : page with { Utf8 = RebaseLinks.Run(page.Utf8, basePath) };
}
