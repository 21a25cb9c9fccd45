using System.Xml.Linq;

namespace Generator.Tests.EndToEnd;

/// <summary>Feed, sitemap, robots.txt and page metadata of the seed site, checked against their formats.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DiscoverabilityTests(SeedSiteFixture seed) : IClassFixture<SeedSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string BaseUrl = "https://annotated-news.netlify.app/";

    private string LocalFileFor(string url)
    {
        Assert.StartsWith(BaseUrl, url);
        var path = Uri.UnescapeDataString(url[BaseUrl.Length..].Split('#')[0]);
        var file = Path.Combine(seed.Output, path);
        return path.Length == 0 || path.EndsWith('/') ? Path.Combine(file, "index.html") : file;
    }

    [Fact]
    public void Atom_feed_has_the_required_elements_and_full_content()
    {
        var feed = XDocument.Load(Path.Combine(seed.Output, "feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }

        // The seed's story and its Ukrainian translation (marked with its language).
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("uk", entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith("/guterres-zaklykaie-do-dyplomatii/", StringComparison.Ordinal)).Attribute(XNamespace.Xml + "lang")!.Value);
        var entry = entries.Single(e => e.Attribute(XNamespace.Xml + "lang") is null);
        foreach (var required in new[] { "id", "title", "updated", "published", "content" })
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + required)?.Value), required);
        }

        Assert.Equal("2022-02-14T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("There is no alternative to diplomacy", content.Value);
        Assert.DoesNotContain("term-popup", content.Value);
        Assert.True(File.Exists(LocalFileFor(entry.Element(Atom + "link")!.Attribute("href")!.Value)));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_its_last_modification_and_only_pages_that_exist()
    {
        var urls = XDocument.Load(Path.Combine(seed.Output, "sitemap.xml")).Root!.Elements(Sitemaps + "url").ToList();
        // The 404 page and the search page (which shows nothing until a reader searches) are no pages to index.
        var pages = seed.HtmlFiles().Where(f => !f.EndsWith("404.html", StringComparison.Ordinal) && !f.Replace('\\', '/').EndsWith("/search/index.html", StringComparison.Ordinal)).ToList();

        Assert.Equal(pages.Count, urls.Count);
        foreach (var url in urls)
        {
            Assert.True(File.Exists(LocalFileFor(url.Element(Sitemaps + "loc")!.Value)));
            if (url.Element(Sitemaps + "lastmod") is { } lastModified)
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", lastModified.Value);
            }
        }

        Assert.Contains(urls, u => u.Element(Sitemaps + "loc")!.Value == BaseUrl + "guterres-urges-diplomacy/" && u.Element(Sitemaps + "lastmod")!.Value == "2022-02-14");
    }

    [Fact]
    public void Robots_file_points_to_the_sitemap()
    {
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(seed.Output, "robots.txt")));
    }

    [Fact]
    public void Every_page_has_canonical_description_and_sharing_metadata()
    {
        foreach (var file in seed.HtmlFiles().Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var head = Support.TestSite.ParsePage(file).Head!;
            var canonical = head.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.NotNull(canonical);
            Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(LocalFileFor(canonical!)));
            Assert.NotNull(head.QuerySelector("meta[name=description]"));
            Assert.NotNull(head.QuerySelector("meta[property='og:title']"));
            Assert.NotNull(head.QuerySelector("meta[name='twitter:card']"));
        }
    }

    [Fact]
    public void Article_page_has_news_article_linked_data_mentioning_its_terms()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;

        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("2022-02-14", root.GetProperty("datePublished").GetString());
        Assert.Equal("The Annotated Desk", root.GetProperty("publisher").GetProperty("name").GetString());
        var mentions = root.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("@id").GetString()).ToList();
        Assert.Contains(BaseUrl + "glossary/normandy-format/", mentions);
        Assert.Equal(page.QuerySelectorAll("a.term-link").Select(a => a.GetAttribute("data-term")).Distinct().Count(), mentions.Count);
    }

    [Fact]
    public void Glossary_has_a_defined_term_set_and_each_term_page_a_defined_term_with_its_aliases()
    {
        using var set = System.Text.Json.JsonDocument.Parse(seed.Page("glossary/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("DefinedTermSet", set.RootElement.GetProperty("@type").GetString());
        Assert.True(set.RootElement.GetProperty("hasDefinedTerm").GetArrayLength() >= 14);

        using var term = System.Text.Json.JsonDocument.Parse(seed.Page("glossary/normandy-format/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("DefinedTerm", term.RootElement.GetProperty("@type").GetString());
        Assert.Equal(BaseUrl + "glossary/normandy-format/", term.RootElement.GetProperty("@id").GetString());
        Assert.Contains("Normandy Four", term.RootElement.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Term_page_shows_see_also_source_and_as_of()
    {
        var nato = seed.Page("glossary/nato/index.html");
        Assert.Equal("2024-03-07", nato.QuerySelector(".term-provenance time")!.GetAttribute("datetime"));
        Assert.Equal("https://www.nato.int/", nato.QuerySelector(".term-provenance a")!.GetAttribute("href"));

        var normandy = seed.Page("glossary/normandy-format/index.html");
        Assert.Contains("/glossary/minsk-agreements/", normandy.QuerySelectorAll(".see-also a").Select(a => a.GetAttribute("href")));
    }
}
