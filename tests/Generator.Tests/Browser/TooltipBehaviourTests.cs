using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The term definitions meet WCAG 2.2 SC 1.4.13 (content on hover or focus) in a real Chromium: dismissible with
/// Escape, hoverable, persistent, one at a time, inside the viewport on a 320 px screen, still without animation for
/// reduced-motion users, and printed as numbered endnotes.
/// </summary>
[Trait("Category", "Browser")]
public sealed class TooltipBehaviourTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ArticlePath = "/" + SeedSiteFixture.ArticleSlug + "/";

    private static ILocator PopupOf(IPage page, ILocator link) => link.Locator("xpath=following-sibling::span[contains(@class,'term-popup')]");

    private static Task<int> VisiblePopups(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('.term-popup')].filter(p => p.checkVisibility()).length");

    [Fact]
    public async Task Escape_dismisses_the_definition_without_moving_focus()
    {
        var (page, problems) = await browser.OpenAsync(ArticlePath);
        var link = page.Locator("a.term-link").First;
        await link.FocusAsync();
        Assert.True(await PopupOf(page, link).IsVisibleAsync());

        await page.Keyboard.PressAsync("Escape");

        Assert.False(await PopupOf(page, link).IsVisibleAsync());
        Assert.True(await link.EvaluateAsync<bool>("l => document.activeElement === l"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Escape_dismisses_a_hovered_definition_while_the_pointer_stays()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        var link = page.Locator("a.term-link").First;
        await link.HoverAsync();
        Assert.True(await PopupOf(page, link).IsVisibleAsync());

        await page.Keyboard.PressAsync("Escape");

        Assert.False(await PopupOf(page, link).IsVisibleAsync());
    }

    [Fact]
    public async Task Pointer_can_move_onto_the_definition_and_it_stays_open()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        var link = page.Locator("a.term-link").First;
        // Mid-screen, so the whole pop-up is inside the window: it opens below its link (near the window's foot it
        // runs past it, and a pointer that leaves the window leaves the pop-up).
        await link.EvaluateAsync("link => link.scrollIntoView({ block: 'center' })");
        await link.HoverAsync();
        var popup = PopupOf(page, link);
        var linkBox = (await link.BoundingBoxAsync())!;
        var popupBox = (await popup.BoundingBoxAsync())!;

        // Move in small steps from the link onto the definition, as a hand would.
        await page.Mouse.MoveAsync(linkBox.X + (linkBox.Width / 2), linkBox.Y + (linkBox.Height / 2));
        await page.Mouse.MoveAsync(popupBox.X + 10, popupBox.Y + (popupBox.Height / 2), new MouseMoveOptions { Steps = 12 });
        await page.WaitForTimeoutAsync(1500);

        Assert.True(await popup.IsVisibleAsync());
    }

    [Fact]
    public async Task Definition_persists_while_focused_and_closes_when_focus_leaves()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        var link = page.Locator("a.term-link").First;
        await link.FocusAsync();
        await page.WaitForTimeoutAsync(2000);
        Assert.True(await PopupOf(page, link).IsVisibleAsync());

        await page.Locator("a.term-link").Nth(1).FocusAsync();

        Assert.False(await PopupOf(page, link).IsVisibleAsync());
    }

    [Fact]
    public async Task At_most_one_definition_is_open_at_a_time()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        await page.Locator("a.term-link").Nth(0).HoverAsync();
        await page.Locator("a.term-link").Nth(1).FocusAsync();

        Assert.Equal(1, await VisiblePopups(page));
    }

    [Fact]
    public async Task Nothing_inside_the_tooltip_is_focusable()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);

        var focusable = await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('[role=tooltip] a, [role=tooltip] button, [role=tooltip] [tabindex], [role=tooltip] input').length");
        var moreLinksInTabOrder = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.term-more')].filter(a => a.tabIndex >= 0).length");

        Assert.Equal(0, focusable);
        Assert.Equal(0, moreLinksInTabOrder);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_definition_stays_inside_a_320_pixel_screen(bool javaScript)
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 320, height: 640, javaScript: javaScript);
        var links = page.Locator("a.term-link");
        for (var index = 0; index < await links.CountAsync(); index++)
        {
            var link = links.Nth(index);
            await link.ScrollIntoViewIfNeededAsync();
            await link.FocusAsync();
            var box = (await PopupOf(page, link).BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"definition {index} spans {box.X}–{box.X + box.Width} px");
        }

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > 320"));
    }

    [Fact]
    public async Task Reduced_motion_users_get_no_animation()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        var link = page.Locator("a.term-link").First;
        await link.FocusAsync();

        var durations = await PopupOf(page, link).EvaluateAsync<string>(
            "p => { const s = getComputedStyle(p); return s.transitionDuration + '|' + s.animationDuration; }");

        Assert.All(durations.Split('|', ','), duration => Assert.Equal("0s", duration.Trim()));
    }

    [Fact]
    public async Task In_print_definitions_become_numbered_endnotes()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator(".term-endnotes").IsVisibleAsync());
        Assert.Equal(0, await VisiblePopups(page));
        var linkNumbers = await page.Locator("a.term-link").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.endnote)");
        var listed = await page.Locator(".term-endnotes li").EvaluateAllAsync<string[]>("ls => ls.map(l => l.getAttribute('value'))");
        Assert.All(linkNumbers, number => Assert.Contains(number, listed));
        var marker = await page.Locator("a.term-link").First.EvaluateAsync<string>("l => getComputedStyle(l, '::after').content");
        Assert.Contains("1", marker);

        // The rest of the print layout: no navigation, notes as endnotes instead of sidenotes, addresses of links shown.
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".toc").IsVisibleAsync());
        Assert.True(await page.Locator("aside.notes").First.IsVisibleAsync());
        Assert.False(await page.Locator("aside.sidenote").First.IsVisibleAsync());
        var external = await page.Locator(".site-footer a[href^='http']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://", external);
    }

    [Fact]
    public async Task First_tap_shows_the_definition_and_second_tap_follows_the_link()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, touch: true);
        var link = page.Locator("a.term-link").First;
        await link.ScrollIntoViewIfNeededAsync();

        await TouchTap.OnAsync(link);
        Assert.True(await PopupOf(page, link).IsVisibleAsync());
        Assert.EndsWith(ArticlePath, page.Url);

        var navigated = page.WaitForURLAsync("**/glossary/**");
        await TouchTap.OnAsync(link);
        await navigated;
        Assert.Contains("/glossary/", page.Url);
    }
}
