using System.Xml.Linq;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>
/// A scheduled story: an article dated after the build's "now" is left out of the whole site until then, unless the
/// build includes the future; "now" is an input of the build, so the result is reproducible.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ScheduledArticleTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    internal static readonly DateTimeOffset Now = new(2022, 2, 14, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSite _site = new();

    public ScheduledArticleTests() => WriteScheduledArticles(_site);

    /// <summary>A site in Kyiv's time zone with an article due at 18:00 on 14 February 2022 and one due the next day.</summary>
    internal static void WriteScheduledArticles(TestSite site)
    {
        site.Write("site.yml", TestSite.MinimalSite + "timezone: Europe/Kyiv\n");
        site.Write("articles/embargoed/index.md", "---\ntitle: Embargoed story\ndate: 2022-02-14T18:00:00+02:00\nredirect_from: [/old-embargoed/]\n---\n");
        site.Write("articles/embargoed/01-first.md", TestSite.MinimalSection);
        site.Write("articles/tomorrow/index.md", "---\ntitle: Tomorrow's story\ndate: 2022-02-15\n---\n");
        site.Write("articles/tomorrow/01-first.md", TestSite.MinimalSection);
    }

    private BuildResult Build(DateTimeOffset now, bool future = false)
    {
        var result = BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Now: now, IncludeFuture: future));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return result;
    }

    private List<string> FeedTitles() =>
        XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    [Fact]
    public void An_article_dated_after_now_is_left_out_of_every_page_feed_sitemap_and_redirect()
    {
        var result = Build(Now);

        Assert.False(Directory.Exists(Path.Combine(_site.Output, "embargoed")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "tomorrow")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "old-embargoed")));
        Assert.Equal(["A test story"], FeedTitles());
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.DoesNotContain("embargoed", sitemap);
        Assert.DoesNotContain("tomorrow", sitemap);
        Assert.Empty(_site.Page("index.html").QuerySelectorAll("a[href='/embargoed/'], a[href='/tomorrow/']"));
        Assert.Equal(1, result.Articles);
    }

    [Fact]
    public void The_result_says_how_many_were_held_back_and_when_the_first_is_due_in_the_sites_time_zone()
    {
        var held = Build(Now).HeldBack!;

        Assert.Equal(2, held.Count);
        Assert.Equal("embargoed", held.NextSlug);
        Assert.Equal(new DateTimeOffset(2022, 2, 14, 18, 0, 0, TimeSpan.FromHours(2)), held.Next);
        Assert.Equal(TimeSpan.FromHours(2), held.Next.Offset);
    }

    [Fact]
    public void A_scheduled_article_is_published_once_its_time_has_come()
    {
        // 18:00 in Kyiv is 16:00 UTC; a day is released at midnight in the site's zone (22:00 UTC the day before).
        var result = Build(new DateTimeOffset(2022, 2, 14, 16, 0, 0, TimeSpan.Zero));

        Assert.True(File.Exists(Path.Combine(_site.Output, "embargoed", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "tomorrow")));
        Assert.Equal(1, result.HeldBack!.Count);

        Build(new DateTimeOffset(2022, 2, 14, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(["Tomorrow's story", "Embargoed story", "A test story"], FeedTitles());
    }

    [Fact]
    public void Future_includes_scheduled_articles()
    {
        var result = Build(Now, future: true);

        Assert.Null(result.HeldBack);
        Assert.Equal(["Tomorrow's story", "Embargoed story", "A test story"], FeedTitles());
    }

    [Fact]
    public void A_now_without_an_offset_is_a_usage_error()
    {
        var outcome = GeneratorInProcess.Run(_site.Root, "--theme", RepositoryPaths.Theme, "--now", "2022-02-15T00:00");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--now must be an RFC 3339 date-time with its offset", outcome.Error);
    }

    public void Dispose() => _site.Dispose();
}
