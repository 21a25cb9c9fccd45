using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>Every page of the seed site is valid HTML according to the W3C Nu HTML Checker.</summary>
[Trait("Category", "Checker")]
public sealed class HtmlValidityTests(SeedSiteFixture seed) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public async Task Every_page_of_the_seed_site_passes_the_Nu_HTML_checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(seed.Output);

        Assert.True(errors.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", errors));
        Assert.True(seed.HtmlFiles().Count() >= 20);
        // The search page's form and its results list, which search.js fills, are checked with the rest.
        Assert.Contains(seed.HtmlFiles(), file => file.Replace('\\', '/').EndsWith("/search/index.html", StringComparison.Ordinal));
    }
}
