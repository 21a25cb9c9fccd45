using Generator.Content;
using Generator.Diagnostics;
using Generator.StoryLinks;
using Generator.Tests.Support;

namespace Generator.Tests.StoryLinks;

/// <summary>
/// What a clean build expects to be linked before it renders anything (<see cref="ExpectedTargets"/>): the articles
/// whose address another article's Markdown holds where a link's address starts, so their pages are made once.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ExpectedTargetsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Article(string slug, string prose) =>
        _site.Write($"articles/{slug}/index.md", TestSite.MinimalArticle).Write($"articles/{slug}/01-first.md", "---\ntitle: First\n---\n" + prose + "\n");

    [Fact]
    public void The_articles_that_links_of_other_articles_lead_to_are_expected_and_no_other()
    {
        Article("accords", "The [accords](/accords/#first) link to themselves.");
        Article("budget", "Nothing links here; it names [a site](https://example.org/quiet/) and the word quiet.");
        Article("kremlin", "It had read [the accords](article:accords#minsk) again.");
        Article("talks", "See [the budget](/budget/) and [the summit][s].\n\n[s]: /summit/#day-one");
        Article("summit", "Leaders met.");
        Article("quiet", "No one links to this one.");

        var content = LoadContent.Run(_site.Input, includeDrafts: false, new DiagnosticBag())!;

        Assert.Equal(["accords", "budget", "summit"], ExpectedTargets.Of(content.Articles).Order(StringComparer.Ordinal));
    }
}
