using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Listings;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The discoverability step: the Atom feed, each topic's feed, the sitemap and robots.txt. They need absolute addresses, so without a
/// base URL (site.yml's base_url or --base-url) they are left out with a warning.
/// </summary>
public static class RenderFeeds
{
    /// <param name="build">The build: its site settings (the base URL), the theme's strings (the fixed words of the
    /// feed's entries) and, when it has one, its cache (a feed is kept as it is when the articles it carries are unchanged).</param>
    /// <param name="translations">The sitemap lists each article's translations with it.</param>
    public static IReadOnlyList<Page> Run(Pipeline.BuildContext build, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms, SiteListings listings, Localization.TranslationGroups translations)
    {
        var site = build.Site;
        if (SiteAddress.For(site) is not { } address)
        {
            build.Diagnostics.Warning(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(Path.GetFullPath(Path.Combine(build.Options.InputFolder, InputFolder.SiteFile)))), "the site has no base_url, so feed.xml, sitemap.xml and robots.txt were not written",
                "add 'base_url: https://your.domain/' to input/site.yml, or build with --base-url.");
            return [];
        }

        var feeds = new List<Page> { Feed(build, address, articles) };
        feeds.AddRange(listings.Topics.AsParallel().AsOrdered().Select(topic => TopicFeed(build, address, articles, topic)));
        feeds.Add(Sitemap.Render(site, address, articles, terms, listings, translations));
        feeds.Add(RobotsFile.Render(address));
        return feeds;
    }

    /// <summary>
    /// A topic's feed, from the articles the topic lists; its name is part of what the feed is made from, as it is the
    /// feed's title.
    /// </summary>
    private static Page TopicFeed(Pipeline.BuildContext build, SiteAddress address, IReadOnlyList<RenderedArticle> articles, Topic topic)
    {
        var carried = topic.Listing.Articles.Select(index => articles[index]).ToList();
        return FeedPage(build, topic.FeedPath, carried, [topic.Name], () => AtomFeed.RenderTopic(build.Site, address, topic, carried, build.Strings));
    }

    /// <summary>The site's Atom feed, from every article, newest first.</summary>
    private static Page Feed(Pipeline.BuildContext build, SiteAddress address, IReadOnlyList<RenderedArticle> articles) =>
        FeedPage(build, AtomFeed.OutputPath, articles, [], () => AtomFeed.Render(build.Site, address, articles, build.Strings));

    /// <summary>
    /// A feed (the site's or a topic's), taken from the cache while the articles it carries (as the listing pages
    /// declared them: the sections that name a person or place are in their articles' files), what else it is made
    /// from (<paramref name="identity"/>) and the date it gives are unchanged: an edit to an article older than the
    /// feed's newest entries does not rewrite it.
    /// </summary>
    /// <param name="carried">The articles the feed is made from, newest first; its entries are the first of them.</param>
    private static Page FeedPage(Pipeline.BuildContext build, string outputPath, IReadOnlyList<RenderedArticle> carried, IReadOnlyList<string> identity, Func<Page> render)
    {
        var (site, incremental) = (build.Site, build.Incremental);
        var entries = carried.Take(site.FeedEntries).Select(a => Dependency.ListedArticle(a.Article.Slug)).ToList();
        var dependencies = new DependencyRecorder().Record(Dependency.Site).Record(Dependency.BaseUrl).Record(Dependency.Listing(outputPath));
        foreach (var entry in entries)
        {
            dependencies.Record(entry);
        }

        // An entry's fixed words (its correction notice and dates, or the label of its sections) are written in its
        // article's language.
        foreach (var article in carried.Take(site.FeedEntries))
        {
            dependencies.Record(Dependency.Strings(article.Article.LanguageOr(site.Language)));
        }

        incremental?.Versions.Declare(Dependency.Listing(outputPath), Fingerprint.Of([.. identity, AtomFeed.LatestUpdate(site, carried), .. entries]));
        if (incremental?.ReusePage(outputPath, AtomFeed.SourceFile) is { } reused)
        {
            return reused;
        }

        incremental?.Recorded(outputPath, dependencies);
        return render();
    }
}
