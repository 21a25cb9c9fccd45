using Deque.AxeCore.Playwright;
using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>Notes beside their paragraph on wide screens, and folded under it behind a real button on narrow ones.</summary>
[Trait("Category", "Browser")]
public sealed class SidenoteBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ArticlePath = "/" + SeedSiteFixture.ArticleSlug + "/";

    [Fact]
    public async Task On_wide_screens_notes_sit_in_the_margin_beside_their_paragraph_without_overlapping()
    {
        var (page, problems) = await browser.OpenAsync(ArticlePath, width: 1440, height: 900);
        var boxes = await page.EvaluateAsync<double[][]>(
            """
            () => [...document.querySelectorAll('.sidenote')].map(n => {
              const note = n.getBoundingClientRect();
              const paragraph = n.parentElement.querySelector(':scope > :not(.sidenote)').getBoundingClientRect();
              const toggle = n.querySelector('.sidenote-toggle');
              return [note.left, note.top, note.bottom, paragraph.right, paragraph.top, toggle.hidden ? 1 : 0, n.querySelector('.sidenote-text').hidden ? 1 : 0];
            })
            """);

        Assert.True(boxes.Length >= 10);
        for (var index = 0; index < boxes.Length; index++)
        {
            var (left, top, bottom, paragraphRight, paragraphTop, toggleHidden, textHidden) =
                (boxes[index][0], boxes[index][1], boxes[index][2], boxes[index][3], boxes[index][4], boxes[index][5], boxes[index][6]);
            Assert.True(left >= paragraphRight, $"note {index + 1} starts at {left}, inside the text column ending at {paragraphRight}");
            Assert.True(top >= paragraphTop - 1, $"note {index + 1} starts above its paragraph");
            Assert.Equal((1, 0), (toggleHidden, textHidden));
            if (index > 0 && boxes[index - 1][0] == left)
            {
                Assert.True(top >= boxes[index - 1][2], $"note {index + 1} overlaps note {index}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task On_narrow_screens_notes_open_and_close_with_a_button_by_touch_or_keyboard()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, touch: true);
        var note = page.Locator("aside.sidenote").First;
        var button = note.Locator("button.sidenote-toggle");
        var text = note.Locator(".sidenote-text");

        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await text.IsVisibleAsync());

        await TouchTap.OnAsync(button);
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await text.IsVisibleAsync());

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await text.IsVisibleAsync());

        // The note comes right after its paragraph.
        Assert.True(await note.EvaluateAsync<bool>(
            "n => n.getBoundingClientRect().top >= n.parentElement.querySelector(':scope > :not(.sidenote)').getBoundingClientRect().bottom - 1"));
    }

    [Fact]
    public async Task Following_a_note_number_opens_the_note_on_narrow_screens()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844);

        await page.Locator("sup.note-marker a").Nth(2).ClickAsync();

        Assert.True(await page.Locator("#note-3 .sidenote-text").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_every_note_is_readable()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, javaScript: false);

        Assert.True(await page.Locator(".sidenote-text").Nth(0).IsVisibleAsync());
        Assert.False(await page.Locator(".sidenote-toggle").Nth(0).IsVisibleAsync());
    }

    [Fact]
    public async Task Axe_finds_no_violations_with_a_note_expanded_on_a_phone()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, scheme: ColorScheme.Dark);
        await page.Locator("button.sidenote-toggle").First.ClickAsync();
        await page.WaitForAnimationsAsync();

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }
}
