using Deque.AxeCore.Playwright;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The pages navigation of every listing passes the audits the rest of the site does: on the first and a middle page
/// of the front page, a person's topic page and a year's archive (<see cref="PaginatedSiteFixture"/>), axe finds no
/// violation in light and dark, on a wide screen and a phone, with a definition open; the Nu HTML checker finds no
/// error on any page of the site; no page has a console error or a failed request.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PaginatedListingAuditTests(PaginatedSiteFixture site) : IClassFixture<PaginatedSiteFixture>
{
    private static IEnumerable<string> AuditedPaths() =>
        PaginatedSiteFixture.Listings.SelectMany(listing => new[] { listing, listing + PaginatedSiteFixture.MiddlePage });

    [Theory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_on_first_and_middle_pages_of_each_listing(int width, ColorScheme scheme)
    {
        var violations = new List<string>();
        foreach (var path in AuditedPaths())
        {
            var (page, problems) = await site.OpenAsync(path, width, 900, scheme);
            // The audit is of the navigation: every page audited has it, the middle ones with a gap each side.
            Assert.Equal(1, await page.Locator("nav.pagination").CountAsync());
            if (path.EndsWith(PaginatedSiteFixture.MiddlePage, StringComparison.Ordinal))
            {
                Assert.Equal(2, await page.Locator("nav.pagination li[aria-hidden='true']").CountAsync());
                Assert.Equal(1, await page.Locator("nav.pagination a[rel='prev']").CountAsync());
            }

            await page.Locator("a.term-link").First.FocusAsync();
            await page.WaitForAnimationsAsync();
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            violations.AddRange(problems.Select(problem => $"{path}: {problem}"));
            await page.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Every_page_passes_the_Nu_HTML_checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(site.Output);

        Assert.True(errors.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", errors));
        foreach (var path in AuditedPaths())
        {
            Assert.True(File.Exists(Path.Combine(site.Output, path.TrimStart('/'), "index.html")), path);
        }
    }
}
