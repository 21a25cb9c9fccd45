using Deque.AxeCore.Playwright;
using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The seed site served with production's headers: no page has a Content-Security-Policy violation, a console error or
/// a failed request, and axe-core finds no violation in light and dark, with a definition open, on one page of each
/// layout and the pages that hold elements no other audited page of their layout holds (<see cref="AuditedPages"/>).
/// </summary>
[Trait("Category", "Browser")]
public sealed class AuditTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private IEnumerable<string> Paths() => browser.Seed.HtmlFiles().Select(PathOf);

    private string PathOf(string file)
    {
        var path = "/" + Path.GetRelativePath(browser.Seed.Output, file).Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    [Fact]
    public async Task Every_page_loads_without_csp_violations_console_errors_or_failed_requests()
    {
        foreach (var path in Paths())
        {
            var (page, problems) = await browser.OpenAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (await page.Locator("a.term-link").CountAsync() > 0)
            {
                await page.Locator("a.term-link").First.HoverAsync();
                Assert.True(await page.Locator(".term-popup").First.IsVisibleAsync(), path);
            }

            Assert.True(problems.Count == 0, path + ":\n" + string.Join("\n", problems));
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_on_a_page_of_every_layout_and_every_kind_of_element_with_a_definition_open(ColorScheme scheme)
    {
        var paths = AuditedPages.Choose(browser.Seed.HtmlFiles()).Select(PathOf).ToList();
        Assert.Superset(new HashSet<string> { "/", $"/{SeedSiteFixture.ArticleSlug}/", "/glossary/", "/404.html" }, paths.ToHashSet());
        Assert.Contains(paths, path => path.StartsWith("/glossary/", StringComparison.Ordinal) && path != "/glossary/");
        var violations = new List<string>();
        foreach (var path in paths)
        {
            var (page, _) = await browser.OpenAsync(path, scheme: scheme);
            if (await page.Locator("a.term-link").CountAsync() > 0)
            {
                await page.Locator("a.term-link").First.FocusAsync();
            }

            await page.WaitForAnimationsAsync();
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
