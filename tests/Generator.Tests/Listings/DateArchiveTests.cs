using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// Date archives: <c>/YYYY/</c> lists a year's articles and links its months, <c>/YYYY/MM/</c> a month's, both newest
/// first and split into pages like the front page; an article's date links its month, and an article folder named like
/// a year is refused.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class DateArchiveTests : IDisposable
{
    private readonly TestSite _site = new(minimal: false);

    public DateArchiveTests()
    {
        _site.Write("site.yml", TestSite.MinimalSite);
        Article("winter", "2021-12-30");
        Article("talks", "2022-02-10");
        Article("accords", "2022-02-14");
        Article("summit", "2022-03-01");
    }

    private void Article(string slug, string date)
    {
        _site.Write($"articles/{slug}/index.md", $"---\ntitle: Story {slug}\ndate: {date}\n---\n");
        _site.Write($"articles/{slug}/01-news.md", "---\ntitle: News\n---\nTalks went on.\n");
    }

    private List<string> Titles(string outputPath) =>
        _site.Page(outputPath).QuerySelectorAll(".article-card h2 a").Select(a => a.TextContent).ToList();

    [Fact]
    public void A_year_lists_its_articles_newest_first_and_links_its_months()
    {
        _site.BuildSuccessfully();

        Assert.Equal(["Story summit", "Story accords", "Story talks"], Titles("2022/index.html"));
        Assert.Equal(["Story winter"], Titles("2021/index.html"));
        var page = _site.Page("2022/index.html");
        Assert.Equal("2022", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/2022/03/", "/2022/02/"], page.QuerySelectorAll(".archive-months a").Select(a => a.GetAttribute("href")!).ToList());
        Assert.Equal(["March 2022", "February 2022"], page.QuerySelectorAll(".archive-months a").Select(a => a.TextContent).ToList());
    }

    [Fact]
    public void A_month_lists_its_articles_under_its_name_and_links_its_year()
    {
        _site.BuildSuccessfully();

        Assert.Equal(["Story accords", "Story talks"], Titles("2022/02/index.html"));
        var page = _site.Page("2022/02/index.html");
        Assert.Equal("February 2022", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/2022/", page.QuerySelector(".breadcrumb a")!.GetAttribute("href"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "2022", "01", "index.html")));
        Assert.Contains("\"@type\":\"CollectionPage\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public void An_article_s_date_links_the_month_that_lists_it()
    {
        _site.BuildSuccessfully();

        Assert.Equal("/2021/12/", _site.Page("winter/index.html").QuerySelector(".article-header .archive-link")!.GetAttribute("href"));
    }

    [Fact]
    public void An_article_is_filed_under_the_day_it_was_published_in_the_site_s_time_zone()
    {
        // 23:30 UTC on 31 January is already 1 February in Kyiv.
        _site.Write("site.yml", TestSite.MinimalSite + "timezone: Europe/Kyiv\n");
        Article("late", "2022-01-31T23:30:00Z");
        _site.BuildSuccessfully();

        Assert.Contains("Story late", Titles("2022/02/index.html"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "2022", "01", "index.html")));
    }

    [Fact]
    public void A_busy_month_is_split_into_pages()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 1\n");
        _site.BuildSuccessfully();

        Assert.Equal(["Story accords"], Titles("2022/02/index.html"));
        Assert.Equal(["Story talks"], Titles("2022/02/page/2/index.html"));
        Assert.Equal("/2022/02/page/2/", _site.Page("2022/02/index.html").QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["Story talks"], Titles("2022/page/3/index.html"));
    }

    [Fact]
    public void The_sitemap_lists_the_archives()
    {
        _site.BuildSuccessfully();

        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/2022/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/2022/02/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/2021/12/</loc>", sitemap);
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("page")]
    [InlineData("topics")]
    public void An_article_folder_named_like_a_listing_is_an_error(string folder)
    {
        Article(folder, "2022-02-15");

        var error = TestSite.SingleError(_site.Build());

        Assert.EndsWith($"articles/{folder}", error.Location.File.Replace('\\', '/'));
        Assert.Contains("cannot be used as an address", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
