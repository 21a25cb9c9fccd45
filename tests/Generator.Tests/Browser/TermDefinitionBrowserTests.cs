using Generator.Tests.EndToEnd;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>In a real Chromium: a term's definition appears on hover and on keyboard focus, and the page has no errors.</summary>
[Trait("Category", "Browser")]
public sealed class TermDefinitionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ArticlePath = "/" + SeedSiteFixture.ArticleSlug + "/";

    private static async Task<(ILocator Link, ILocator Tooltip)> FirstTermAsync(IPage page)
    {
        var link = page.Locator("a.term-link").First;
        var tooltip = page.Locator("#" + await link.GetAttributeAsync("aria-describedby"));
        return (link, tooltip);
    }

    [Fact]
    public async Task Definition_is_hidden_until_the_term_is_hovered()
    {
        var (page, errors) = await browser.OpenAsync(ArticlePath);
        var (link, tooltip) = await FirstTermAsync(page);

        Assert.False(await tooltip.IsVisibleAsync());
        await link.HoverAsync();
        Assert.True(await tooltip.IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Definition_appears_when_the_term_gets_keyboard_focus()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        var (link, tooltip) = await FirstTermAsync(page);

        await link.FocusAsync();

        Assert.True(await tooltip.IsVisibleAsync());
    }

    [Fact]
    public async Task Definition_is_the_accessible_description_of_the_link()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        var (link, tooltip) = await FirstTermAsync(page);

        var description = await link.EvaluateAsync<string>("l => l.ariaDescription ?? ''");
        var described = await page.Locator($"a[aria-describedby='{await tooltip.GetAttributeAsync("id")}']").CountAsync();

        Assert.Equal(1, described);
        Assert.NotEmpty((await tooltip.TextContentAsync())!);
        Assert.True(description.Length == 0 || description == await tooltip.TextContentAsync());
    }

    [Fact]
    public async Task Definition_works_without_javascript()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, javaScript: false);
        var (link, tooltip) = await FirstTermAsync(page);

        await link.HoverAsync();
        Assert.True(await tooltip.IsVisibleAsync());

        await link.ClickAsync();
        Assert.Matches("/glossary/[a-z0-9-]+/$", page.Url);
    }

    [Fact]
    public async Task Screenshots_of_the_article_are_saved_for_review()
    {
        Directory.CreateDirectory(RepositoryPaths.TestOutput);
        foreach (var (name, width, height, scheme) in new[] { ("desktop-light", 1280, 900, ColorScheme.Light), ("desktop-dark", 1280, 900, ColorScheme.Dark), ("phone-light", 390, 844, ColorScheme.Light), ("phone-dark", 390, 844, ColorScheme.Dark) })
        {
            var (page, errors) = await browser.OpenAsync(ArticlePath, width, height, scheme);
            var file = Path.Combine(RepositoryPaths.TestOutput, $"article-{name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000);
            Assert.Empty(errors);
        }
    }
}
