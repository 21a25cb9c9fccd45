using System.Diagnostics;
using System.Text.Json;
using Generator.Tests.EndToEnd;
using Generator.Tests.Support;

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
        Directory.CreateDirectory(RepositoryPaths.TestOutput);
        var report = Path.Combine(RepositoryPaths.TestOutput, "lighthouse-article.json");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     ExternalTools.Lighthouse, $"{browser.Origin}/{SeedSiteFixture.ArticleSlug}/", "--quiet",
                     "--only-categories=performance,accessibility,best-practices,seo", "--output=json", $"--output-path={report}",
                     "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = ExternalTools.Chromium;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var scores = json.RootElement.GetProperty("categories").EnumerateObject()
            .ToDictionary(category => category.Name, category => category.Value.GetProperty("score").GetDouble());
        Assert.Equal(1.0, scores["accessibility"]);
        Assert.Equal(1.0, scores["best-practices"]);
        Assert.Equal(1.0, scores["seo"]);
        Assert.True(scores["performance"] >= 0.95, $"performance scored {scores["performance"]}");
    }
}
