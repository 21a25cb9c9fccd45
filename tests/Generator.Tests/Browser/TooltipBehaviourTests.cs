using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The term definitions meet WCAG 2.2 SC 1.4.13 (content on hover or focus) in a real Chromium: dismissible with
/// Escape, hoverable, persistent, one at a time, inside the viewport on a 320 px screen and at the window's foot (where
/// it opens above its term), still without animation for
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
        // Mid-screen, where it opens below its link (at the window's foot it opens above: the test after this one).
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

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task A_definition_at_the_foot_of_the_window_opens_above_its_term_inside_the_window_and_the_pointer_can_reach_it(int width, int height)
    {
        var (page, problems) = await browser.OpenAsync(ArticlePath, width, height);
        // The first term far enough down the page to be scrolled to the window's foot, its last line 12 px above it.
        var index = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('a.term-link')].findIndex(l => l.getBoundingClientRect().top + scrollY > innerHeight)");
        Assert.True(index >= 0);
        var link = page.Locator("a.term-link").Nth(index);
        // At once: the theme scrolls smoothly.
        await link.EvaluateAsync("l => { const lines = l.getClientRects(); scrollBy({ top: lines[lines.length - 1].bottom - innerHeight + 12, behavior: 'instant' }); }");
        // Where the pop-up is after each frame is painted (its resting place: the slide it enters with is taken off). It
        // must be painted where it stays, never first below the term and then moved above it; the layout-shift score
        // cannot see that move, as it starts outside the window.
        await PopupOf(page, link).EvaluateAsync(
            "p => { window.placements = []; const record = () => { const r = p.getBoundingClientRect(); " +
            "if (r.height) window.placements.push(Math.round(r.top - (parseFloat(getComputedStyle(p).translate.split(' ')[1]) || 0))); " +
            "requestAnimationFrame(() => setTimeout(record)); }; requestAnimationFrame(() => setTimeout(record)); }");
        var line = await link.EvaluateAsync<float[]>("l => { const r = l.getClientRects()[0]; return [r.left, r.top, r.width, r.height]; }");
        Assert.True(line[1] + line[3] > height - 60, $"the term's line ends at {line[1] + line[3]} px of {height}");

        await page.Mouse.MoveAsync(line[0] + Math.Min(6f, line[2] / 2), line[1] + (line[3] / 2));
        var popup = PopupOf(page, link);
        await popup.WaitForAsync();
        await page.WaitForAnimationsAsync();
        var box = (await popup.BoundingBoxAsync())!;

        Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"the definition spans {box.Y}–{box.Y + box.Height} px of a {height} px window");
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the definition spans {box.X}–{box.X + box.Width} px of a {width} px window");
        Assert.True(box.Y + box.Height <= line[1], $"the definition ends at {box.Y + box.Height} px, below the top of its term's line at {line[1]} px");

        // Up from the term onto the definition in small steps, as a hand would; it stays open, under the pointer.
        await page.Mouse.MoveAsync(box.X + 10, box.Y + (box.Height / 2), new MouseMoveOptions { Steps = 12 });
        await page.WaitForTimeoutAsync(1500);
        Assert.True(await popup.IsVisibleAsync());
        Assert.True(await popup.EvaluateAsync<bool>("p => { const r = p.getBoundingClientRect(); return p.contains(document.elementFromPoint(r.left + 10, r.top + r.height / 2)); }"));
        var placements = await page.EvaluateAsync<int[]>("() => window.placements");
        Assert.True(placements.Length > 0 && placements.All(top => top == placements[0]), $"the definition was painted at {string.Join(", ", placements.Distinct())} px");
        Assert.Empty(problems);
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
