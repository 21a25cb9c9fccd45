using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The discoverability step: the Atom feed, the sitemap and robots.txt. They need absolute addresses, so without a
/// base URL (site.yml's base_url or --base-url) they are left out with a warning.
/// </summary>
public static class RenderFeeds
{
    /// <param name="incremental">When given, the feed is kept as it is when the articles it carries are unchanged.</param>
    public static IReadOnlyList<Page> Run(string inputFolder, SiteSettings site, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms, DiagnosticBag diagnostics, IncrementalBuild? incremental = null)
    {
        if (SiteAddress.For(site) is not { } address)
        {
            diagnostics.Warning(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(Path.GetFullPath(Path.Combine(inputFolder, InputFolder.SiteFile)))), "the site has no base_url, so feed.xml, sitemap.xml and robots.txt were not written",
                "add 'base_url: https://your.domain/' to input/site.yml, or build with --base-url.");
            return [];
        }

        var feed = incremental?.ReuseFeed(AtomFeed.OutputPath, AtomFeed.SourceFile, AtomFeed.LatestUpdate(articles), articles.Take(site.FeedEntries))
            ?? AtomFeed.Render(site, address, articles);
        return [feed, Sitemap.Render(address, articles, terms), RobotsFile.Render(address)];
    }
}
