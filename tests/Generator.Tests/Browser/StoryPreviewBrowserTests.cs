using Deque.AxeCore.Playwright;
using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A link to another story shows a preview of it in a real Chromium (issue #19, point 5): fetched on first use, with the
/// story's title, date and first sentences, and with the definitions' behaviour (WCAG 1.4.13: Escape dismisses it,
/// focus shows it, a first tap shows it and a second follows the link); axe finds nothing with one open. The seed's
/// Ukrainian translation links to two sections of the English article.
/// </summary>
[Trait("Category", "Browser")]
public sealed class StoryPreviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string LinkingPath = "/guterres-zaklykaie-do-dyplomatii/";

    private static ILocator PopupOf(ILocator link) => link.Locator("xpath=following-sibling::span[contains(@class,'term-popup')]");

    private static Task<int> PreviewsFetched(IPage page) =>
        page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(r => r.name.endsWith('/preview.json')).length");

    [Fact]
    public async Task Pointing_at_a_link_fetches_the_preview_once_and_shows_the_sections_title_date_and_first_sentences()
    {
        var (page, problems) = await browser.OpenAsync(LinkingPath);
        var link = page.Locator("a.story-link").First;
        Assert.Equal(0, await PreviewsFetched(page));

        await link.ScrollIntoViewIfNeededAsync();
        await link.HoverAsync();
        var popup = PopupOf(link);
        await popup.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        var text = await popup.InnerTextAsync();
        Assert.Contains("Zelensky, Scholz discussed regional security", text);
        Assert.Contains("February 14, 2022", text);
        Assert.Equal("en", await popup.Locator("[role=tooltip]").GetAttributeAsync("lang"));
        var described = await link.GetAttributeAsync("aria-describedby");
        Assert.Equal(described, await popup.Locator("[role=tooltip]").GetAttributeAsync("id"));

        // The second link leads to the same story: its preview comes from the file already fetched.
        await page.Locator("a.story-link").Nth(1).HoverAsync();
        await PopupOf(page.Locator("a.story-link").Nth(1)).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("State Duma to discuss resolutions", await PopupOf(page.Locator("a.story-link").Nth(1)).InnerTextAsync());
        Assert.Equal(1, await PreviewsFetched(page));
        Assert.False(await popup.IsVisibleAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Focus_shows_the_preview_and_Escape_dismisses_it_without_moving_focus()
    {
        var (page, _) = await browser.OpenAsync(LinkingPath);
        var link = page.Locator("a.story-link").First;
        await link.FocusAsync();
        var popup = PopupOf(link);
        await popup.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        await page.Keyboard.PressAsync("Escape");

        Assert.False(await popup.IsVisibleAsync());
        Assert.True(await link.EvaluateAsync<bool>("l => document.activeElement === l"));
    }

    [Fact]
    public async Task Pointer_can_move_onto_the_preview_and_it_stays_open()
    {
        var (page, _) = await browser.OpenAsync(LinkingPath);
        var link = page.Locator("a.story-link").First;
        await link.EvaluateAsync("link => link.scrollIntoView({ block: 'center' })");
        await link.HoverAsync();
        var popup = PopupOf(link);
        await popup.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        // The link's words on the line just above the preview (a link can wrap onto two lines).
        var words = await link.EvaluateAsync<float[]>("l => { const r = [...l.getClientRects()].at(-1); return [r.x + r.width / 2, r.y + r.height / 2]; }");
        var popupBox = (await popup.BoundingBoxAsync())!;

        // From the link down onto the preview in small steps, as a hand would, then rest there.
        await page.Mouse.MoveAsync(words[0], words[1]);
        await page.Mouse.MoveAsync(Math.Clamp(words[0], popupBox.X + 10, popupBox.X + popupBox.Width - 10), popupBox.Y + (popupBox.Height / 2), new MouseMoveOptions { Steps = 12 });
        await page.WaitForTimeoutAsync(1500);

        Assert.True(await popup.IsVisibleAsync());
    }

    [Fact]
    public async Task First_tap_shows_the_preview_and_second_tap_follows_the_link()
    {
        var (page, _) = await browser.OpenAsync(LinkingPath, width: 390, height: 844, touch: true);
        var link = page.Locator("a.story-link").First;
        await link.ScrollIntoViewIfNeededAsync();

        await TouchTap.OnAsync(link);
        await PopupOf(link).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.EndsWith(LinkingPath, page.Url);

        var navigated = page.WaitForURLAsync($"**/{SeedSiteFixture.ArticleSlug}/**");
        await TouchTap.OnAsync(link);
        await navigated;
        Assert.Contains("#zelensky-scholz-discussed-regional-security", page.Url);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_with_a_preview_open_and_on_the_page_that_lists_its_backlinks(ColorScheme scheme)
    {
        var (page, _) = await browser.OpenAsync(LinkingPath, scheme: scheme);
        var link = page.Locator("a.story-link").First;
        await link.FocusAsync();
        await PopupOf(link).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.WaitForAnimationsAsync();
        var linking = await page.RunAxe();

        var (target, _) = await browser.OpenAsync($"/{SeedSiteFixture.ArticleSlug}/", scheme: scheme);
        Assert.Equal(1, await target.Locator(".linked-from li").CountAsync());
        var linked = await target.RunAxe();

        var violations = linking.Violations.Concat(linked.Violations).Select(v => $"{v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
