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
    /// <param name="incremental">When given, the feed is kept as it is when the articles it carries are unchanged.</param>
    /// <param name="strings">The theme's strings, for the fixed words of the feed's entries.</param>
    /// <param name="translations">The sitemap lists each article's translations with it.</param>
    public static IReadOnlyList<Page> Run(string inputFolder, SiteSettings site, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms, SiteListings listings, Localization.StringsCatalogue strings, Localization.TranslationGroups translations, DiagnosticBag diagnostics, IncrementalBuild? incremental = null)
    {
        if (SiteAddress.For(site) is not { } address)
        {
            diagnostics.Warning(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(Path.GetFullPath(Path.Combine(inputFolder, InputFolder.SiteFile)))), "the site has no base_url, so feed.xml, sitemap.xml and robots.txt were not written",
                "add 'base_url: https://your.domain/' to input/site.yml, or build with --base-url.");
            return [];
        }

        var feeds = new List<Page> { Feed(site, address, articles, strings, incremental) };
        feeds.AddRange(listings.Topics.AsParallel().AsOrdered().Select(topic => TopicFeed(site, address, articles, topic, strings, incremental)));
        feeds.Add(Sitemap.Render(site, address, articles, terms, listings, translations));
        feeds.Add(RobotsFile.Render(address));
        return feeds;
    }

    /// <summary>
    /// A topic's feed, taken from the cache while the articles it carries (as listing pages declared them: the
    /// sections that name a person or place are in their articles' files), its title and the date it gives are unchanged.
    /// </summary>
    private static Page TopicFeed(SiteSettings site, SiteAddress address, IReadOnlyList<RenderedArticle> articles, Topic topic, Localization.StringsCatalogue strings, IncrementalBuild? incremental)
    {
        var carried = topic.Listing.Articles.Select(index => articles[index]).ToList();
        var entries = carried.Take(site.FeedEntries).Select(a => Dependency.ListedArticle(a.Article.Slug)).ToList();
        var dependencies = new DependencyRecorder().Record(Dependency.Site).Record(Dependency.BaseUrl).Record(Dependency.Listing(topic.FeedPath));
        foreach (var entry in entries)
        {
            dependencies.Record(entry);
        }

        // The label of an entry's sections is written in its article's language.
        foreach (var article in carried.Take(site.FeedEntries))
        {
            dependencies.Record(Dependency.Strings(article.Article.LanguageOr(site.Language)));
        }

        incremental?.Versions.Declare(Dependency.Listing(topic.FeedPath),
            Fingerprint.Of([topic.Name, AtomFeed.LatestUpdate(site, carried), .. entries]));
        if (incremental?.ReusePage(topic.FeedPath, AtomFeed.SourceFile) is { } reused)
        {
            return reused;
        }

        incremental?.Recorded(topic.FeedPath, dependencies);
        return AtomFeed.RenderTopic(site, address, topic, carried, strings);
    }

    /// <summary>
    /// The Atom feed, taken from the cache while the articles it carries (as the listing pages declared them) and the
    /// date it gives are unchanged: an edit to an article older than the feed's newest does not rewrite it.
    /// </summary>
    private static Page Feed(SiteSettings site, SiteAddress address, IReadOnlyList<RenderedArticle> articles, Localization.StringsCatalogue strings, IncrementalBuild? incremental)
    {
        var entries = articles.Take(site.FeedEntries).Select(a => Dependency.ListedArticle(a.Article.Slug)).ToList();
        var dependencies = new DependencyRecorder().Record(Dependency.Site).Record(Dependency.BaseUrl).Record(Dependency.Listing(AtomFeed.OutputPath));
        foreach (var entry in entries)
        {
            dependencies.Record(entry);
        }

        // Entries' correction notices and dates are written in their articles' languages.
        foreach (var article in articles.Take(site.FeedEntries))
        {
            dependencies.Record(Dependency.Strings(article.Article.LanguageOr(site.Language)));
        }

        incremental?.Versions.Declare(Dependency.Listing(AtomFeed.OutputPath),
            Fingerprint.Of([AtomFeed.LatestUpdate(site, articles), .. entries]));
        if (incremental?.ReusePage(AtomFeed.OutputPath, AtomFeed.SourceFile) is { } reused)
        {
            return reused;
        }

        incremental?.Recorded(AtomFeed.OutputPath, dependencies);
        return AtomFeed.Render(site, address, articles, strings);
    }
}
