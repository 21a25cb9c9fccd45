using Deque.AxeCore.Playwright;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The reading experience holds beyond the seed: a second, purpose-made article with an image, a pull quote, notes,
/// people and places, related links and footnotes passes the same audits — axe in light and dark with a note open and
/// a definition shown, the Nu HTML checker, and no console errors.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SecondArticleAuditTests(SecondArticleFixture second) : IClassFixture<SecondArticleFixture>
{
    [Theory]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1440, ColorScheme.Dark)]
    public async Task Article_passes_axe_with_a_note_open_and_a_definition_shown(int width, ColorScheme scheme)
    {
        var (page, problems) = await second.OpenAsync(SecondArticleFixture.ArticlePath, width, 900, scheme);
        if (await page.Locator("button.sidenote-toggle").First.IsVisibleAsync())
        {
            await page.Locator("button.sidenote-toggle").First.ClickAsync();
        }

        await page.Locator("a.term-link").First.FocusAsync();
        await page.WaitForAnimationsAsync();
        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}")));
        Assert.Empty(problems);
        Assert.True(await page.Locator("figure.photo img[alt='Delegations at a long table']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_passes_the_Nu_HTML_checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(second.Output);

        Assert.True(errors.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", errors));
    }
}
