using System.Text.Json;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>
/// A corrected story: its notices lead the article newest first, a marker in the header links to them, and JSON-LD,
/// the Atom entry and the sitemap move with the latest correction.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CorrectionTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TestSite _site = new();

    private const string CorrectedStory = """
        ---
        title: Talks resume in Berlin
        date: 2022-02-14
        updated: 2022-02-15
        corrections:
          - at: 2022-02-16T10:30:00+02:00
            text: "An earlier version gave the venue as *Paris*; the talks were in Berlin."
          - at: 2022-02-20
            text: The meeting was on Monday, not Tuesday.
        ---
        """;

    public CorrectionTests() => _site.Write("articles/story/index.md", CorrectedStory + "\n");

    [Fact]
    public void Corrections_lead_the_article_newest_first_and_the_header_marker_links_to_them()
    {
        _site.BuildSuccessfully();
        var page = _site.Page("story/index.html");

        var notice = page.QuerySelector("article > aside#corrections")!;
        Assert.NotNull(notice);
        Assert.Equal("Corrections", notice.QuerySelector("h2")!.TextContent);
        var items = notice.QuerySelectorAll("li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Monday, not Tuesday", items[0].TextContent);
        Assert.Equal("2022-02-20", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2022-02-16T10:30:00+02:00", items[1].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Paris", items[1].QuerySelector("em")!.TextContent);
        // Before the table of contents and the sections: the first thing after the header.
        Assert.Equal("HEADER", notice.PreviousElementSibling!.TagName);

        var marker = page.QuerySelector("header .meta a.correction-marker")!;
        Assert.Equal("#corrections", marker.GetAttribute("href"));
        Assert.Contains("February 20, 2022", marker.TextContent);
    }

    [Fact]
    public void An_article_without_corrections_has_no_notice_and_no_marker()
    {
        _site.Write("articles/story/index.md", TestSite.MinimalArticle);
        _site.BuildSuccessfully();
        var page = _site.Page("story/index.html");

        Assert.Null(page.QuerySelector("#corrections"));
        Assert.Null(page.QuerySelector(".correction-marker"));
        Assert.DoesNotContain("\"correction\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public void Json_ld_carries_each_correction_as_a_correction_comment_and_moves_date_modified()
    {
        _site.BuildSuccessfully();
        var json = _site.Page("story/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        var article = JsonDocument.Parse(json).RootElement;

        Assert.Equal("2022-02-20", article.GetProperty("dateModified").GetString());
        var corrections = article.GetProperty("correction").EnumerateArray().ToList();
        Assert.Equal(2, corrections.Count);
        Assert.All(corrections, c => Assert.Equal("CorrectionComment", c.GetProperty("@type").GetString()));
        Assert.Equal("The meeting was on Monday, not Tuesday.", corrections[0].GetProperty("text").GetString());
        Assert.Equal("2022-02-16T10:30:00+02:00", corrections[1].GetProperty("datePublished").GetString());
        // Plain text: the Markdown's emphasis is not carried as markup.
        Assert.Equal("An earlier version gave the venue as Paris; the talks were in Berlin.", corrections[1].GetProperty("text").GetString());
    }

    [Fact]
    public void The_atom_entry_is_updated_by_the_latest_correction_and_its_content_opens_with_the_notices()
    {
        _site.BuildSuccessfully();
        var feed = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!;
        var entry = feed.Element(Atom + "entry")!;

        Assert.Equal("2022-02-20T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("2022-02-20T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("2022-02-14T00:00:00Z", entry.Element(Atom + "published")!.Value);
        var content = entry.Element(Atom + "content")!.Value;
        Assert.StartsWith("<p><strong>Correction, <time datetime=\"2022-02-20\">February 20, 2022</time>:</strong></p>", content);
        Assert.True(content.IndexOf("Monday, not Tuesday", StringComparison.Ordinal) < content.IndexOf("<em>Paris</em>", StringComparison.Ordinal));
        Assert.True(content.IndexOf("<em>Paris</em>", StringComparison.Ordinal) < content.IndexOf("<h2>First section</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_gives_the_latest_correction_as_the_articles_last_modification()
    {
        _site.BuildSuccessfully();
        var urls = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Root!.Elements(Sitemaps + "url");

        var story = urls.Single(u => u.Element(Sitemaps + "loc")!.Value == "https://example.org/story/");
        Assert.Equal("2022-02-20", story.Element(Sitemaps + "lastmod")!.Value);
    }

    [Fact]
    public void A_correction_without_text_is_an_error_at_the_correction()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\ncorrections:\n  - at: 2022-02-15\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("missing the required key 'text'", error.Message);
    }

    [Fact]
    public void A_misspelt_correction_key_gets_a_suggestion()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\ncorrections:\n  - at: 2022-02-15\n    txt: The talks were in Berlin.\n---\n");

        var errors = _site.Build().Diagnostics.Where(d => d.Severity == Generator.Diagnostics.Severity.Error).ToList();

        var unknown = Assert.Single(errors, e => e.Message.Contains("unknown key 'txt'", StringComparison.Ordinal));
        Assert.Equal(6, unknown.Location.Line);
        Assert.Contains("did you mean 'text'?", unknown.Hint);
    }

    public void Dispose() => _site.Dispose();
}
