using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// The 25-article site of <see cref="PaginationTests"/>, built once per setting for the tests that only read it (a
/// build of 25 articles is the cost of such a test): with the default 20 articles a page, and with 10. Each is built
/// the first time a test asks for it, so a filtered run builds only what it reads.
/// </summary>
public sealed class PaginatedSites : IDisposable
{
    private readonly Lazy<TestSite> _byDefault = new(() => Build(TestSite.MinimalSite));
    private readonly Lazy<TestSite> _tenAPage = new(() => Build(TestSite.MinimalSite + "pagination:\n  per_page: 10\n"));

    /// <summary>Built with no pagination setting: 20 articles a page.</summary>
    public TestSite ByDefault => _byDefault.Value;

    /// <summary>Built with <c>per_page: 10</c>: three pages.</summary>
    public TestSite TenAPage => _tenAPage.Value;

    /// <summary>Writes 25 articles, one a day from 1 to 25 March 2022, each with one section.</summary>
    public static void WriteArticles(TestSite site)
    {
        for (var day = 1; day <= 25; day++)
        {
            site.Write($"articles/day-{day:00}/index.md", $"---\ntitle: Day {day}\ndate: 2022-03-{day:00}\n---\n");
            site.Write($"articles/day-{day:00}/01-news.md", "---\ntitle: News\n---\nTalks went on.\n");
        }
    }

    private static TestSite Build(string settings)
    {
        var site = new TestSite(minimal: false);
        site.Write("site.yml", settings);
        WriteArticles(site);
        site.BuildSuccessfully();
        return site;
    }

    public void Dispose()
    {
        foreach (var site in new[] { _byDefault, _tenAPage }.Where(site => site.IsValueCreated))
        {
            site.Value.Dispose();
        }
    }
}
