using Generator.Tests.Support;

namespace Generator.Tests.Glossary;

/// <summary>The standfirst is prose: its terms are linked like a section's, counted for the article, and shown so on the front page.</summary>
[Trait("Category", "EndToEnd")]
public sealed class StandfirstLinkingTests : IDisposable
{
    private readonly TestSite _site = new();

    public StandfirstLinkingTests()
    {
        _site.Write("articles/story/index.md", TestSite.MinimalArticle + "The Normandy Four meet again.\n");
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met.\n");
    }

    public void Dispose() => _site.Dispose();

    private int LinksIn(string selector) => _site.Page("story/index.html").QuerySelectorAll($"{selector} a.term-link").Length;

    [Fact]
    public void Term_in_the_standfirst_is_linked_with_its_definition()
    {
        _site.BuildSuccessfully();

        var link = _site.Page("story/index.html").QuerySelector(".standfirst a.term-link")!;
        Assert.Equal("Normandy Four", link.TextContent);
        Assert.Equal("/glossary/normandy-format/", link.GetAttribute("href"));
        Assert.Contains("diplomatic group", _site.Page("story/index.html").GetElementById(link.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Equal("1", link.GetAttribute("data-endnote"));
    }

    [Fact]
    public void With_first_in_article_a_term_the_standfirst_links_is_not_linked_again_in_the_first_section()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: first-in-article\n");
        _site.BuildSuccessfully();

        Assert.Equal((1, 0), (LinksIn(".standfirst"), LinksIn("#first")));
    }

    [Fact]
    public void With_first_in_section_the_standfirst_and_the_first_section_each_link_the_term_with_their_own_ids()
    {
        _site.BuildSuccessfully();

        Assert.Equal((1, 1), (LinksIn(".standfirst"), LinksIn("#first")));
        var ids = _site.Page("story/index.html").QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public void Front_page_card_shows_the_standfirst_as_the_article_does_with_ids_unique_across_cards()
    {
        _site.Write("articles/other/index.md", "---\ntitle: Another story\ndate: 2022-02-15\n---\nThe Normandy Four again.\n");
        _site.Write("articles/other/01-first.md", "---\ntitle: First\n---\nNothing new.\n");
        _site.BuildSuccessfully();

        var home = _site.Page("index.html");
        var card = home.QuerySelectorAll(".article-card").Single(c => c.QuerySelector("h2")!.TextContent == "A test story");
        Assert.Equal(_site.Page("story/index.html").QuerySelector(".standfirst")!.InnerHtml, card.QuerySelector(".standfirst")!.InnerHtml);
        Assert.Equal(2, home.QuerySelectorAll(".article-card .standfirst a.term-link").Length);
        var ids = home.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public void Term_linked_only_in_the_standfirst_is_used_and_its_page_lists_the_article()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nNothing about it here.\n");
        var result = _site.Build(); // an unused term would be a warning

        Assert.Empty(result.Diagnostics);
        var usedIn = _site.Page("glossary/normandy-format/index.html").QuerySelectorAll(".used-in a").Select(a => (a.TextContent, a.GetAttribute("href")));
        Assert.Equal([("A test story", "/story/")], usedIn);
        Assert.Contains("\"name\":\"Normandy format\"", _site.Page("story/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
    }
}
