using Generator.Tests.Support;

namespace Generator.Tests.Glossary;

/// <summary>Glossary features end to end: density settings, section rules, explicit links, term pages and lint.</summary>
[Trait("Category", "EndToEnd")]
public sealed class GlossaryFeatureTests : IDisposable
{
    private readonly TestSite _site = new();

    public GlossaryFeatureTests()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. The Normandy format met again.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\n---\nLater, the Normandy format met once more.\n");
    }

    public void Dispose() => _site.Dispose();

    private int LinksIn(string sectionId) => _site.Page("story/index.html").QuerySelectorAll($"#{sectionId} a.term-link").Length;

    [Fact]
    public void Default_density_links_the_first_occurrence_in_each_section()
    {
        _site.BuildSuccessfully();

        Assert.Equal((1, 1), (LinksIn("first"), LinksIn("second")));
    }

    [Fact]
    public void First_in_article_density_links_once_per_article()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: first-in-article\n");
        _site.BuildSuccessfully();

        Assert.Equal((1, 0), (LinksIn("first"), LinksIn("second")));
    }

    [Fact]
    public void Every_density_links_every_occurrence_with_unique_ids()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: every\n");
        _site.BuildSuccessfully();

        Assert.Equal((2, 1), (LinksIn("first"), LinksIn("second")));
        var ids = _site.Page("story/index.html").QuerySelectorAll("[role=tooltip]").Select(t => t.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Unknown_density_is_an_error_listing_the_choices()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: sometimes\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("first-in-section, first-in-article, every", error.Message);
    }

    [Fact]
    public void Section_can_exclude_a_term()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nglossary:\n  exclude: [normandy-format]\n---\nThe Normandy format met.\n");
        _site.BuildSuccessfully();

        Assert.Equal((0, 1), (LinksIn("first"), LinksIn("second")));
    }

    [Fact]
    public void Section_can_force_a_term_that_first_in_article_would_skip()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: first-in-article\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\nglossary:\n  force: [normandy-format]\n---\nLater, the Normandy format met once more.\n");
        _site.BuildSuccessfully();

        Assert.Equal((1, 1), (LinksIn("first"), LinksIn("second")));
    }

    [Fact]
    public void Unknown_slug_in_exclude_is_an_error_where_it_is_written()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nglossary:\n  exclude:\n    - normandy-formats\n---\nText.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal((5, 7), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'normandy-format'?", error.Hint);
    }

    [Fact]
    public void Explicit_term_link_links_any_words_to_the_term()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe [four leaders at the talks](term:normandy-format) went on.\n");
        _site.BuildSuccessfully();

        var link = _site.Page("story/index.html").QuerySelector("#first a.term-link")!;
        Assert.Equal("four leaders at the talks", link.TextContent);
        Assert.Equal("/glossary/normandy-format/", link.GetAttribute("href"));
    }

    [Fact]
    public void Explicit_link_to_an_unknown_term_is_an_error_at_the_link()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nIntro.\n\nThe [talks](term:normandy-formt) went on.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal((6, 5), (error.Location.Line, error.Location.Column));
        Assert.Contains("'normandy-formt'", error.Message);
        Assert.Contains("did you mean 'normandy-format'?", error.Hint);
    }

    [Fact]
    public void See_also_to_an_unknown_term_is_an_error()
    {
        _site.Write("glossary/normandy-format.md", "---\nterm: Normandy format\nshort: A group.\nsee_also: [minsk]\n---\nBody.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("see_also names 'minsk'", error.Message);
        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public void Alias_claimed_by_two_terms_is_an_error()
    {
        _site.Write("glossary/normandy-four.md", "---\nterm: Normandy Four\nshort: The four countries.\n---\nBody.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("claimed by two glossary terms", error.Message);
    }

    [Fact]
    public void Unused_term_is_a_warning_and_an_error_with_strict()
    {
        _site.Write("glossary/lviv.md", "---\nterm: Lviv\nshort: A city in western Ukraine.\n---\nBody.\n");

        var result = _site.BuildSuccessfully();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("'Lviv' is not used", warning.Message);

        var strict = Generator.Pipeline.BuildPipeline.Run(new Generator.Pipeline.BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Strict: true));
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void Short_definition_with_markdown_or_too_long_is_a_warning()
    {
        _site.Write("glossary/normandy-format.md", $"---\nterm: Normandy format\nshort: \"A **group** {new string('x', 300)}.\"\n---\nBody.\n");

        var result = _site.BuildSuccessfully();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("more than 300"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Markdown"));
    }

    [Fact]
    public void Term_never_links_inside_its_own_definition()
    {
        _site.Write("glossary/normandy-format.md", "---\nterm: Normandy format\nshort: A group.\n---\nThe Normandy format was formed in 2014.\n");
        _site.BuildSuccessfully();

        Assert.Empty(_site.Page("glossary/normandy-format/index.html").QuerySelectorAll(".definition a.term-link"));
    }

    [Theory]
    [InlineData(5, 5, null)]
    [InlineData(6, 5, "1 more section")]
    [InlineData(12, 5, "7 more sections")]
    public void The_glossary_page_shows_five_uses_of_a_term_and_links_the_rest_to_its_page(int sections, int shown, string? more)
    {
        _site.Delete("articles/story/02-second.md");
        for (var index = 2; index <= sections; index++)
        {
            _site.Write($"articles/story/{index:00}-part-{index}.md", $"---\ntitle: Part {index}\n---\nThe Normandy format met again.\n");
        }

        _site.BuildSuccessfully();

        var links = _site.Page("glossary/index.html").QuerySelectorAll("#normandy-format + dd .used-in a").ToList();
        var uses = links.Where(a => a.GetAttribute("href")!.StartsWith("/story/#", StringComparison.Ordinal)).ToList();
        Assert.Equal(shown, uses.Count);
        var rest = links.Except(uses).SingleOrDefault();
        Assert.Equal(more, rest?.TextContent);
        Assert.Equal(more is null ? null : "/glossary/normandy-format/#used-in-title", rest?.GetAttribute("href"));
        Assert.Equal(sections, _site.Page("glossary/normandy-format/index.html").QuerySelectorAll(".used-in li a").Length);
    }
}
