using Generator.Tests.EndToEnd;

namespace Generator.Tests.Browser;

/// <summary>
/// Lighthouse on the article page, served with production's headers: 100 for accessibility, best practices and SEO,
/// at least 95 for performance. The report is kept in test-output/ for review.
/// </summary>
[Collection(LighthouseCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LighthouseTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Article_page_scores_100_for_accessibility_best_practices_and_seo_and_95_for_performance()
    {
        using var report = await LighthouseReport.RunAsync($"{browser.Origin}/{SeedSiteFixture.ArticleSlug}/", "lighthouse-article.json");

        var scores = LighthouseReport.Scores(report);
        Assert.Equal(1.0, scores["accessibility"]);
        Assert.Equal(1.0, scores["best-practices"]);
        Assert.Equal(1.0, scores["seo"]);
        Assert.True(scores["performance"] >= LighthouseReport.PerformanceBound, $"performance scored {scores["performance"]}");
    }
}
