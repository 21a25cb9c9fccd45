using Generator.Content;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary><c>robots.txt</c>: everything may be crawled; the sitemap says where the pages are.</summary>
public static class RobotsFile
{
    public static Page Render(SiteAddress address) =>
        new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {address.Absolute(Sitemap.OutputPath)}\n", InputFolder.SiteFile);
}
