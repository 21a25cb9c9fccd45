using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// A page of a listing declares exactly the slice of articles it shows: an edit to an old article renders again only the
/// pages that show it, never the front page, and the result is the one a clean build gives.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ListingPageCacheTests : IDisposable
{
    private readonly TestSite _site = new(minimal: false);
    public ListingPageCacheTests()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "pagination:\n  per_page: 5\n");
        for (var day = 1; day <= 12; day++)
        {
            _site.Write($"articles/day-{day:00}/index.md", $"---\ntitle: Day {day}\ndate: 2022-03-{day:00}\n---\nWhat happened on day {day}.\n");
            _site.Write($"articles/day-{day:00}/01-news.md", "---\ntitle: News\n---\nTalks went on.\n");
        }
    }

    private BuildResult Build()
    {
        var cache = new BuildCache(BuildCache.FolderFor(_site.Output));
        var result = BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Cache: cache));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return result;
    }

    private IReadOnlyList<string> RenderedAgain(Action edit)
    {
        Build();
        var before = FolderSnapshot.Take(_site.Output);
        edit();
        Build();
        return IncrementalSite.Touched(before, FolderSnapshot.Take(_site.Output)).Where(path => path.EndsWith(".html", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Editing_an_old_article_renders_its_own_listing_page_again_and_not_the_front_page()
    {
        // Day 1 is the oldest: on the third page (days 2 and 1).
        var touched = RenderedAgain(() => _site.Write("articles/day-01/index.md", "---\ntitle: Day 1, revised\ndate: 2022-03-01\n---\nWhat happened on day 1.\n"));

        Assert.Contains("page/3/index.html", touched);
        Assert.Contains("day-01/index.html", touched);
        Assert.DoesNotContain("index.html", touched);
        Assert.DoesNotContain("page/2/index.html", touched);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_rebuild_after_an_edit_to_an_old_article_renders_only_its_page_and_the_listing_pages_that_show_it()
    {
        Build();
        _site.Write("articles/day-01/01-news.md", "---\ntitle: News\n---\nTalks went on all day.\n");
        var result = Build();

        Assert.Equal(1, result.ArticlesRendered);
        // The article's page and the third page of the front page, of March 2022 and of 2022: no other page shows day 1.
        Assert.Equal(4, result.PagesRendered);
    }

    [Fact]
    public void A_new_article_moves_every_page_of_the_front_page_along()
    {
        var touched = RenderedAgain(() =>
        {
            _site.Write("articles/day-13/index.md", "---\ntitle: Day 13\ndate: 2022-03-13\n---\nWhat happened on day 13.\n");
            _site.Write("articles/day-13/01-news.md", "---\ntitle: News\n---\nTalks went on.\n");
        });

        Assert.Contains("index.html", touched);
        Assert.Contains("page/2/index.html", touched);
        Assert.Contains("page/3/index.html", touched);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Renaming_a_section_renders_again_the_pages_of_the_people_it_names_and_their_feeds()
    {
        _site.Write("articles/day-01/01-news.md", "---\ntitle: News\npeople: [Olaf Scholz]\n---\nTalks went on.\n");
        _site.Write("articles/day-02/01-news.md", "---\ntitle: News\npeople: [Emmanuel Macron]\n---\nTalks went on.\n");
        Build();
        var before = FolderSnapshot.Take(_site.Output);

        _site.Write("articles/day-01/01-news.md", "---\ntitle: Talks in Kyiv\npeople: [Olaf Scholz]\n---\nTalks went on.\n");
        Build();
        var touched = IncrementalSite.Touched(before, FolderSnapshot.Take(_site.Output));

        Assert.Equal("Talks in Kyiv", _site.Page("people/olaf-scholz/index.html").QuerySelector(".topic-sections a")!.TextContent);
        Assert.Contains("people/olaf-scholz/index.html", touched);
        Assert.Contains("people/olaf-scholz/feed.xml", touched);
        Assert.DoesNotContain("people/emmanuel-macron/index.html", touched);
        Assert.DoesNotContain("people/emmanuel-macron/feed.xml", touched);
        AssertSameAsCleanBuild();
    }

    private void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(BuildPipeline.Run(new BuildOptions(_site.Input, clean, RepositoryPaths.Theme)).Succeeded);
        var expected = FolderSnapshot.Take(clean);
        foreach (var file in Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(clean, file);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, relative))), $"{relative} differs from a clean build");
        }

        Assert.Equal(expected.Count, FolderSnapshot.Take(_site.Output).Count);
    }

    public void Dispose() => _site.Dispose();
}
