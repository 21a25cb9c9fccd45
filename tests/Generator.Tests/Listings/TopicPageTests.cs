using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// Tags, people and places become pages: <c>/topics/&lt;slug&gt;/</c>, <c>/people/&lt;slug&gt;/</c>,
/// <c>/places/&lt;slug&gt;/</c>, newest first, split into pages, each with its own feed, linked from where the name is
/// written, gathered in an index per kind; a person who is a glossary term keeps the pop-up and links both ways.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TopicPageTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new(minimal: false);

    public TopicPageTests()
    {
        _site.Write("site.yml", TestSite.MinimalSite);
        _site.Write("glossary/olaf-scholz.md", "---\nterm: Olaf Scholz\nshort: Chancellor of Germany since December 2021.\n---\nA Social Democrat.\n");
        Article("talks", "2022-02-10", "[Ukraine, diplomacy]", "[Olaf Scholz]", "[Kyiv]", "Olaf Scholz arrived in Kyiv.");
        Article("accords", "2022-02-14", "[Ukraine]", "[Emmanuel Macron]", "[Moscow]", "The talks went on.");
        Article("summit", "2022-03-01", "[diplomacy]", "[Olaf Scholz, Emmanuel Macron]", "[Kyiv]", "Leaders met again.");
    }

    private void Article(string slug, string date, string tags, string people, string places, string prose)
    {
        _site.Write($"articles/{slug}/index.md", $"---\ntitle: Story {slug}\ndate: {date}\ntags: {tags}\n---\n");
        _site.Write($"articles/{slug}/01-news.md", $"---\ntitle: News\npeople: {people}\nplaces: {places}\n---\n{prose}\n");
    }

    private List<string> Titles(string outputPath) =>
        _site.Page(outputPath).QuerySelectorAll(".article-card h2 a").Select(a => a.TextContent).ToList();

    /// <summary>Under each article of a listing page, the sections it links as naming the page's person or place: title and address.</summary>
    private List<List<(string Title, string Url)>> SectionsUnderArticles(string outputPath) =>
        _site.Page(outputPath).QuerySelectorAll(".article-card")
            .Select(card => card.QuerySelectorAll(".topic-sections li a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList())
            .ToList();

    private void AddSummitSections()
    {
        _site.Write("articles/summit/02-dinner.md", "---\ntitle: Dinner at the Élysée\npeople: [Emmanuel Macron]\nplaces: [Paris]\n---\nThey dined.\n");
        _site.Write("articles/summit/03-press.md", "---\ntitle: Press conference\npeople: [Olaf Scholz]\n---\nNo questions were taken.\n");
    }

    [Fact]
    public void A_person_s_page_shows_under_each_article_the_sections_that_name_them()
    {
        AddSummitSections();
        _site.BuildSuccessfully();

        Assert.Equal(
            [[("News", "/summit/#news"), ("Dinner at the Élysée", "/summit/#dinner")], [("News", "/accords/#news")]],
            SectionsUnderArticles("people/emmanuel-macron/index.html"));
        Assert.Equal(
            [[("News", "/summit/#news"), ("Press conference", "/summit/#press")], [("News", "/talks/#news")]],
            SectionsUnderArticles("people/olaf-scholz/index.html"));
        Assert.Equal([[("Dinner at the Élysée", "/summit/#dinner")]], SectionsUnderArticles("places/paris/index.html"));
        Assert.Equal("In the sections:", _site.Page("places/paris/index.html").QuerySelector(".topic-sections p")!.TextContent);
    }

    [Fact]
    public void Tag_pages_and_the_front_page_list_no_sections()
    {
        AddSummitSections();
        _site.BuildSuccessfully();

        Assert.Empty(_site.Page("topics/diplomacy/index.html").QuerySelectorAll(".topic-sections"));
        Assert.Empty(_site.Page("index.html").QuerySelectorAll(".topic-sections"));
        Assert.Empty(_site.Page("2022/index.html").QuerySelectorAll(".topic-sections"));
    }

    [Fact]
    public void Each_page_of_a_busy_place_shows_the_sections_of_its_own_articles()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 1\n");
        _site.Write("articles/talks/02-later.md", "---\ntitle: Later that day\nplaces: [Kyiv]\n---\nThe talks went on.\n");
        _site.BuildSuccessfully();

        Assert.Equal([[("News", "/summit/#news")]], SectionsUnderArticles("places/kyiv/index.html"));
        Assert.Equal([[("News", "/talks/#news"), ("Later that day", "/talks/#later")]], SectionsUnderArticles("places/kyiv/page/2/index.html"));
    }

    [Fact]
    public void A_place_s_feed_lists_under_each_entry_the_sections_its_page_shows()
    {
        AddSummitSections();
        _site.BuildSuccessfully();

        var entry = XDocument.Load(Path.Combine(_site.Output, "people", "emmanuel-macron", "feed.xml")).Root!.Elements(Atom + "entry").First();
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(entry.Element(Atom + "content")!.Value);
        Assert.Equal("In the sections:", content.QuerySelector("p:last-of-type")!.TextContent);
        Assert.Equal([("News", "/summit/#news"), ("Dinner at the Élysée", "/summit/#dinner")],
            content.QuerySelectorAll("li a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList());
        var tagEntry = XDocument.Load(Path.Combine(_site.Output, "topics", "diplomacy", "feed.xml")).Root!.Elements(Atom + "entry").First();
        Assert.DoesNotContain("In the sections", tagEntry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public void A_tag_gathers_its_articles_newest_first_on_its_topic_page()
    {
        _site.BuildSuccessfully();

        Assert.Equal(["Story accords", "Story talks"], Titles("topics/ukraine/index.html"));
        Assert.Equal(["Story summit", "Story talks"], Titles("topics/diplomacy/index.html"));
        var page = _site.Page("topics/ukraine/index.html");
        Assert.Equal("Ukraine", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/topics/", page.QuerySelector(".breadcrumb a")!.GetAttribute("href"));
        Assert.Contains("\"@type\":\"CollectionPage\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public void People_and_places_of_sections_gather_their_articles()
    {
        _site.BuildSuccessfully();

        Assert.Equal(["Story summit", "Story accords"], Titles("people/emmanuel-macron/index.html"));
        Assert.Equal(["Story summit", "Story talks"], Titles("places/kyiv/index.html"));
        Assert.Equal(["Story accords"], Titles("places/moscow/index.html"));
    }

    [Fact]
    public void The_article_links_each_tag_person_and_place_to_its_page()
    {
        _site.BuildSuccessfully();

        var page = _site.Page("talks/index.html");
        Assert.Equal(["/topics/ukraine/", "/topics/diplomacy/"], page.QuerySelectorAll(".article-footer .tags a").Select(a => a.GetAttribute("href")!).ToList());
        var aside = page.QuerySelector(".in-this-section")!;
        Assert.Equal(["/people/olaf-scholz/", "/places/kyiv/"], aside.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList());
    }

    [Fact]
    public void A_person_who_is_a_glossary_term_keeps_the_pop_up_and_the_term_and_topic_pages_link_each_other()
    {
        _site.BuildSuccessfully();

        // The prose still links the term, with its definition.
        Assert.NotNull(_site.Page("talks/index.html").QuerySelector(".prose a.term-link[data-term='olaf-scholz']"));
        Assert.Equal("/people/olaf-scholz/", _site.Page("glossary/olaf-scholz/index.html").QuerySelector(".term-topics a")!.GetAttribute("href"));
        var topic = _site.Page("people/olaf-scholz/index.html");
        Assert.Equal("/glossary/olaf-scholz/", topic.QuerySelector(".page-intro a")!.GetAttribute("href"));
        Assert.Contains("Chancellor of Germany", topic.QuerySelector(".page-intro")!.TextContent);
    }

    [Fact]
    public void Each_topic_has_its_own_feed_of_its_newest_articles()
    {
        _site.BuildSuccessfully();

        var feed = XDocument.Load(Path.Combine(_site.Output, "places", "kyiv", "feed.xml")).Root!;
        Assert.Equal(["Story summit", "Story talks"], feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList());
        Assert.Equal("https://example.org/places/kyiv/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("/places/kyiv/feed.xml", _site.Page("places/kyiv/index.html").QuerySelector(".topic-feed a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_index_of_each_kind_lists_its_names_with_how_many_articles_carry_them()
    {
        _site.BuildSuccessfully();

        var people = _site.Page("people/index.html").QuerySelectorAll(".topic-index li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Emmanuel Macron (2)", "Olaf Scholz (2)"], people);
        Assert.True(File.Exists(Path.Combine(_site.Output, "topics", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "places", "index.html")));
    }

    [Fact]
    public void A_kind_no_article_uses_has_no_index()
    {
        foreach (var slug in new[] { "talks", "accords", "summit" })
        {
            _site.Write($"articles/{slug}/01-news.md", "---\ntitle: News\n---\nThe talks went on.\n");
        }

        _site.BuildSuccessfully();

        Assert.False(Directory.Exists(Path.Combine(_site.Output, "people")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "topics", "index.html")));
    }

    [Fact]
    public void A_busy_topic_is_split_into_pages()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 1\n");
        _site.BuildSuccessfully();

        Assert.Equal(["Story summit"], Titles("places/kyiv/index.html"));
        Assert.Equal(["Story talks"], Titles("places/kyiv/page/2/index.html"));
        Assert.Equal("/places/kyiv/page/2/", _site.Page("places/kyiv/index.html").QuerySelector("link[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_article_s_structured_data_says_who_and_what_it_is_about()
    {
        _site.BuildSuccessfully();

        var json = _site.Page("summit/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"about\":[{\"@type\":\"Person\",\"name\":\"Olaf Scholz\",\"url\":\"https://example.org/people/olaf-scholz/\"}", json);
        Assert.Contains("{\"@type\":\"Place\",\"name\":\"Kyiv\",\"url\":\"https://example.org/places/kyiv/\"}", json);
        Assert.Contains("\"keywords\":\"diplomacy\"", json);
    }

    [Fact]
    public void The_sitemap_lists_topic_pages_and_indexes()
    {
        _site.BuildSuccessfully();

        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/topics/ukraine/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/people/</loc>", sitemap);
    }

    [Fact]
    public void Two_names_that_give_one_address_are_an_error_where_the_second_is_written()
    {
        _site.Write("articles/summit/index.md", "---\ntitle: Story summit\ndate: 2022-03-01\ntags:\n  - Diplomacy\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.EndsWith("articles/talks/index.md", error.Location.File.Replace('\\', '/'));
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("'diplomacy' and 'Diplomacy'", error.Message);
        Assert.Contains("/topics/diplomacy/", error.Message);
    }

    [Fact]
    public void A_name_without_letters_or_digits_is_an_error_at_its_line()
    {
        _site.Write("articles/talks/01-news.md", "---\ntitle: News\npeople: [\"***\"]\n---\nThe talks went on.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.EndsWith("articles/talks/01-news.md", error.Location.File.Replace('\\', '/'));
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("'***' cannot be used as an address", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
