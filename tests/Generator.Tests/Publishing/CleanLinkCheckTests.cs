using Generator.Incremental;
using Generator.Tests.Incremental;

namespace Generator.Tests.Publishing;

/// <summary>
/// A build with a build cache does not check the site again when the check would read exactly what the last clean
/// check read (<see cref="Generator.Publishing.CleanLinkCheck"/>); anything the check reads that changed — a file
/// gone, a link or an id on a page — makes it run, and a problem is reported by every build until it is fixed.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CleanLinkCheckTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> LinkWarnings(Generator.Pipeline.BuildResult result) =>
        result.Diagnostics.Select(d => d.Message).Where(message => message.StartsWith("the page ", StringComparison.Ordinal));

    [Fact]
    public void An_edit_that_changes_no_link_or_id_is_not_checked_again_and_one_that_adds_a_link_is()
    {
        var first = _site.Build();
        Assert.True(first.LinksChecked, "first");
        Assert.Empty(first.Diagnostics.Select(d => d.Message));

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, late at night.\n");
        Assert.False(_site.Build().LinksChecked);

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin; see [the accords](/accords/).\n");
        Assert.True(_site.Build().LinksChecked);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_file_a_reused_page_links_to_going_away_is_reported()
    {
        _site.Site.Write("assets/files/report.txt", "The report.\n");
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements ([report](/assets/files/report.txt)).\n");
        var first = _site.Build();
        Assert.Empty(first.Diagnostics.Select(d => d.Message));

        // The article's page is the same page; only the file it links to is gone.
        _site.Site.Delete("assets/files/report.txt");
        var result = _site.Build();

        Assert.Contains(LinkWarnings(result), message => message.Contains("links to /assets/files/report.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_problem_is_reported_by_every_build_until_it_is_fixed()
    {
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements ([more](/no-such-story/)).\n");
        Assert.Single(LinkWarnings(_site.Build()));

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, late at night.\n");
        Assert.Single(LinkWarnings(_site.Build()));

        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements.\n");
        Assert.Empty(LinkWarnings(_site.Build()));
    }

    [Fact]
    public void A_damaged_memo_costs_one_check_and_nothing_else()
    {
        _site.Build();
        File.WriteAllText(Path.Combine(BuildCache.FolderFor(_site.Site.Output), "checked.bin"), "not a fingerprint");
        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, late at night.\n");

        Assert.True(_site.Build().LinksChecked);
        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, early in the morning.\n");
        Assert.False(_site.Build().LinksChecked);
        _site.AssertSameAsCleanBuild();
    }
}
