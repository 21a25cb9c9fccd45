using System.Text.Json.Nodes;
using Generator.Tests.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.StoryLinks;

/// <summary>
/// Links between stories (issue #19, points 5 and 6): the <c>article:</c> shorthand and its located errors, the preview
/// file beside each article, the "Linked from" list on the page linked to, and how an incremental build keeps them.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class StoryLinkTests : IDisposable
{
    private readonly IncrementalSite _incremental = new();

    private TestSite Site => _incremental.Site;

    private string Page(string slug) => File.ReadAllText(Path.Combine(Site.Output, slug, "index.html"));

    private const string Linking = "---\ntitle: Waiting\n---\nThe Kremlin said nothing. It had read [the accords](article:accords#minsk) again, and the State Duma met.\n";

    [Fact]
    public void A_shorthand_link_becomes_the_address_of_the_section_and_is_marked_for_a_preview()
    {
        Site.Write("articles/kremlin/01-waiting.md", Linking);

        _incremental.Build();

        Assert.Contains("<a href=\"/accords/#minsk\" class=\"story-link\">the accords</a>", Page("kremlin"));
        // A link within the article itself is no link between stories.
        Assert.DoesNotContain("story-link", Page("accords"));
    }

    [Fact]
    public void Each_article_has_a_preview_with_its_title_date_and_first_sentences_and_each_sections()
    {
        Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements. Nobody said which one. A third sentence follows here.\n");

        _incremental.Build();

        var preview = JsonNode.Parse(File.ReadAllText(Path.Combine(Site.Output, "accords", "preview.json")))!;
        Assert.Equal("The accords", preview["title"]!.GetValue<string>());
        Assert.Equal("February 15, 2022", preview["date"]!.GetValue<string>());
        Assert.Equal("2022-02-15", preview["datetime"]!.GetValue<string>());
        Assert.StartsWith("Both sides cited the Minsk agreements. Nobody said which one.", preview["lead"]!.GetValue<string>());
        Assert.Equal("Minsk", preview["sections"]!["minsk"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void The_page_linked_to_lists_the_section_that_links_to_it_with_its_sentence()
    {
        _incremental.Build();
        Assert.DoesNotContain("linked-from", Page("accords"));

        Site.Write("articles/kremlin/01-waiting.md", Linking);
        _incremental.Build();

        var page = Page("accords");
        Assert.Contains("<a href=\"/kremlin/#waiting\">Moscow waits: Waiting</a>", page);
        Assert.Contains("<p>It had read the accords again, and the State Duma met.</p>", page);
        _incremental.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Adding_changing_and_removing_a_link_renders_again_the_page_it_leads_to_and_matches_a_clean_build()
    {
        _incremental.Build();
        var before = _incremental.Snapshot();

        Site.Write("articles/kremlin/01-waiting.md", Linking);
        _incremental.Build();
        var touched = IncrementalSite.Touched(before, _incremental.Snapshot());
        Assert.Contains("accords/index.html", touched);
        Assert.DoesNotContain("talks/index.html", touched);
        _incremental.AssertSameAsCleanBuild();

        // Built again with nothing changed, the page made with the list is taken as it is.
        before = _incremental.Snapshot();
        _incremental.Build();
        Assert.Empty(IncrementalSite.TouchedFiles(before, _incremental.Snapshot()));

        // The linking article's title is part of the list.
        Site.Write("articles/kremlin/index.md", "---\ntitle: Moscow still waits\ndate: 2022-02-16\n---\n");
        _incremental.Build();
        Assert.Contains("Moscow still waits: Waiting", Page("accords"));
        _incremental.AssertSameAsCleanBuild();

        Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing.\n");
        _incremental.Build();
        Assert.DoesNotContain("linked-from", Page("accords"));
        _incremental.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_shorthand_link_to_an_unknown_article_or_section_is_an_error_at_the_link_and_nothing_is_published()
    {
        _incremental.Build();
        var before = _incremental.Snapshot();
        Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing.\n\nIt had read [the accords](article:acords) and [Berlin](article:talks#bonn).\n");

        var result = _incremental.Attempt();

        Assert.False(result.Succeeded);
        var file = Path.Combine(Site.Input, "articles", "kremlin", "01-waiting.md");
        var unknown = Assert.Single(result.Diagnostics, d => d.Message.Contains("'article:acords' names no article", StringComparison.Ordinal));
        Assert.Equal((file, 6, 13), (unknown.Location.File, unknown.Location.Line, unknown.Location.Column));
        Assert.Contains("did you mean 'accords'?", unknown.Hint, StringComparison.Ordinal);
        var section = Assert.Single(result.Diagnostics, d => d.Message.Contains("has no section 'bonn'", StringComparison.Ordinal));
        Assert.Equal((6, 47), (section.Location.Line, section.Location.Column));
        Assert.Contains("paris, berlin", section.Hint, StringComparison.Ordinal);
        Assert.Empty(IncrementalSite.TouchedFiles(before, _incremental.Snapshot()));
    }

    public void Dispose() => _incremental.Dispose();
}
