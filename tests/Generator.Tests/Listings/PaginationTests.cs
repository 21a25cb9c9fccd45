using System.Xml.Linq;
using Generator.Listings;
using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// The front page is split into pages of site.yml's <c>pagination.per_page</c> articles (20 by default): <c>/</c>, then
/// <c>/page/2/</c>…, each with its own canonical address, rel=prev/next links in its head and a navigation of pages.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PaginationTests : IClassFixture<PaginatedSites>, IDisposable
{
    private readonly PaginatedSites _built;
    private readonly TestSite _site = new(minimal: false);

    public PaginationTests(PaginatedSites built)
    {
        _built = built;
        _site.Write("site.yml", TestSite.MinimalSite);
        PaginatedSites.WriteArticles(_site);
    }

    private static List<string> Titles(TestSite site, string outputPath) =>
        site.Page(outputPath).QuerySelectorAll(".article-card h2 a").Select(a => a.TextContent).ToList();

    [Fact]
    public void By_default_the_front_page_shows_the_twenty_newest_and_page_two_the_rest()
    {
        var site = _built.ByDefault;

        Assert.Equal(20, Titles(site, "index.html").Count);
        Assert.Equal("Day 25", Titles(site, "index.html")[0]);
        Assert.Equal(["Day 5", "Day 4", "Day 3", "Day 2", "Day 1"], Titles(site, "page/2/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page", "1")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page", "3")));
    }

    [Fact]
    public void Site_settings_choose_how_many_articles_a_page_shows()
    {
        var site = _built.TenAPage;

        Assert.Equal(10, Titles(site, "index.html").Count);
        Assert.Equal(10, Titles(site, "page/2/index.html").Count);
        Assert.Equal(["Day 5", "Day 4", "Day 3", "Day 2", "Day 1"], Titles(site, "page/3/index.html"));
    }

    [Fact]
    public void Each_page_links_its_neighbours_in_the_head_and_has_its_own_canonical_address()
    {
        var site = _built.TenAPage;

        var first = site.Page("index.html");
        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal("/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/", first.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var middle = site.Page("page/2/index.html");
        Assert.Equal("/", middle.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/3/", middle.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/page/2/", middle.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("page 2", middle.Title);

        var last = site.Page("page/3/index.html");
        Assert.Equal("/page/2/", last.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("link[rel=next]"));
    }

    [Fact]
    public void The_pagination_links_newer_and_older_pages_and_marks_the_current_one()
    {
        var navigation = _built.TenAPage.Page("page/2/index.html").QuerySelector("nav.pagination")!;
        Assert.Equal("Pages", navigation.GetAttribute("aria-label"));
        Assert.Equal("/", navigation.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Newer", navigation.QuerySelector("a[rel=prev]")!.TextContent);
        Assert.Equal("/page/3/", navigation.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Older", navigation.QuerySelector("a[rel=next]")!.TextContent);
        Assert.Equal("2", navigation.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal(["1", "2", "3"], navigation.QuerySelectorAll("a:not([rel])").Select(a => a.TextContent).ToList());
    }

    [Fact]
    public void A_front_page_that_fits_on_one_page_has_no_pagination()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 25\n");
        _site.BuildSuccessfully();

        Assert.Null(_site.Page("index.html").QuerySelector("nav.pagination"));
        Assert.Null(_site.Page("index.html").QuerySelector("link[rel=next]"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "page")));
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_the_front_page()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var addresses = XDocument.Load(Path.Combine(_built.TenAPage.Output, "sitemap.xml")).Descendants(sitemap + "loc").Select(loc => loc.Value).ToList();
        Assert.Contains("https://example.org/", addresses);
        Assert.Contains("https://example.org/page/2/", addresses);
        Assert.Contains("https://example.org/page/3/", addresses);
        Assert.DoesNotContain("https://example.org/page/1/", addresses);
    }

    [Fact]
    public void A_listing_page_is_a_schema_org_collection_page()
    {
        var json = _built.ByDefault.Page("page/2/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"@type\":\"CollectionPage\"", json);
        Assert.Contains("\"url\":\"https://example.org/page/2/\"", json);
    }

    [Fact]
    public void The_glossary_is_split_into_pages_of_a_hundred_terms_and_its_letters_lead_across_them()
    {
        for (var number = 0; number < 130; number++)
        {
            _site.Write($"glossary/term-{number:000}.md", $"---\nterm: {(number < 90 ? "Alpha" : "Beta")} {number:000}\nshort: Definition {number}.\n---\nBody.\n");
        }

        _site.BuildSuccessfully();

        Assert.Equal(GlossaryPages.TermsPerPage, _site.Page("glossary/index.html").QuerySelectorAll(".glossary-entry").Length);
        Assert.Equal(30, _site.Page("glossary/page/2/index.html").QuerySelectorAll(".glossary-entry").Length);
        // B begins on the first page; the letters are the same on both pages.
        var letters = _site.Page("glossary/page/2/index.html").QuerySelectorAll(".letters a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/glossary/#letter-a", "/glossary/#letter-b"], letters);
        Assert.Equal("/glossary/page/2/", _site.Page("glossary/index.html").QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_term_page_lists_its_uses_a_hundred_to_a_page()
    {
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm);
        for (var section = 1; section <= 120; section++)
        {
            _site.Write($"articles/day-01/{section + 1:000}-part-{section}.md", $"---\ntitle: Part {section}\n---\nThe Normandy format met.\n");
        }

        _site.BuildSuccessfully();

        Assert.Equal(GlossaryPages.UsesPerPage, _site.Page("glossary/normandy-format/index.html").QuerySelectorAll(".used-in > ul > li").Length);
        var second = _site.Page("glossary/normandy-format/page/2/index.html");
        Assert.Equal(20, second.QuerySelectorAll(".used-in > ul > li").Length);
        Assert.Equal("/glossary/normandy-format/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/glossary/normandy-format/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Per_page_below_one_is_an_error_at_its_line(int perPage)
    {
        _site.Write("site.yml", TestSite.MinimalSite + $"pagination:\n  per_page: {perPage}\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal("input/site.yml", error.Location.File.Replace('\\', '/')[^"input/site.yml".Length..]);
        Assert.Equal(5, error.Location.Line);
        Assert.Contains("'per_page' must be a whole number of at least 1", error.Message);
    }

    [Fact]
    public void The_paginator_never_numbers_a_first_page_and_shows_numbers_near_the_current_one()
    {
        var pages = Paginator.Split("topics/ukraine/", count: 95, perPage: 10);

        Assert.Equal(10, pages.Count);
        Assert.Equal("/topics/ukraine/", pages[0].Url);
        Assert.Equal("topics/ukraine/page/2/index.html", pages[1].OutputPath);
        Assert.Equal(5, pages[^1].Length);
        var view = pages[5].View();
        Assert.Equal([1, 4, 5, 6, 7, 8, 10], view.Pages.Select(link => link.Number).ToList());
        Assert.Equal([false, true, false, false, false, false, true], view.Pages.Select(link => link.GapBefore).ToList());
        Assert.Single(Paginator.Split("", count: 0, perPage: 20));
    }

    public void Dispose() => _site.Dispose();
}
