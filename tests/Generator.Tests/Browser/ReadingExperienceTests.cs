using System.IO.Compression;
using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>The article page as a reader meets it: contents on phones and desktops, a layout from 320 to 2560 px, small scripts.</summary>
[Trait("Category", "Browser")]
public sealed class ReadingExperienceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ArticlePath = "/" + SeedSiteFixture.ArticleSlug + "/";

    [Fact]
    public async Task Contents_fold_away_on_phones_and_open_with_a_tap()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, touch: true);
        var firstEntry = page.Locator(".toc ol a").First;
        Assert.False(await firstEntry.IsVisibleAsync());

        await TouchTap.OnAsync(page.Locator(".toc summary"));

        Assert.True(await firstEntry.IsVisibleAsync());
    }

    [Fact]
    public async Task Contents_stay_beside_the_article_on_wide_screens_and_mark_the_section_being_read()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 1440, height: 900);
        var third = page.Locator("section.article-section").Nth(2);

        await third.ScrollIntoViewIfNeededAsync();
        await page.Mouse.WheelAsync(0, 200);
        await page.WaitForFunctionAsync("() => document.querySelector('.toc a[aria-current]')");

        Assert.True(await page.Locator(".toc ol a").First.IsVisibleAsync());
        var tocBox = (await page.Locator(".toc").BoundingBoxAsync())!;
        Assert.True(tocBox.Y >= 0 && tocBox.Y < 900, "the contents scrolled away");
        Assert.Equal(await third.GetAttributeAsync("id"),
            (await page.Locator(".toc a[aria-current]").GetAttributeAsync("href"))!.TrimStart('#'));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1280)]
    [InlineData(2560)]
    public async Task Nothing_scrolls_sideways_and_lines_keep_a_readable_measure(int width)
    {
        var (page, problems) = await browser.OpenAsync(ArticlePath, width: width, height: 900);

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"));
        var characters = await page.EvaluateAsync<double>(
            "() => { const p = document.querySelector('.prose p'); const s = getComputedStyle(p); const c = document.createElement('canvas').getContext('2d'); c.font = s.font; return p.clientWidth / c.measureText('abcdefghijklmnopqrstuvwxyz').width * 26; }");
        Assert.True(characters <= 80, $"{characters:0} characters per line at {width} px");
        Assert.Empty(problems);
    }

    [Fact]
    public void Scripts_are_small_deferred_and_external()
    {
        var scripts = Directory.EnumerateFiles(Path.Combine(browser.Seed.Output, "theme"), "*.js").ToList();
        var compressed = scripts.Sum(path =>
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(path));
            }

            return buffer.Length;
        });

        Assert.True(compressed < 10 * 1024, $"scripts weigh {compressed} bytes compressed");
        var page = browser.Seed.Page(SeedSiteFixture.ArticleSlug + "/index.html");
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.True(script.HasAttribute("defer")));
    }

    [Fact]
    public async Task Keyboard_focus_is_always_visible()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath);
        for (var press = 0; press < 8; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>(
                "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.DoesNotContain("none", outline);
            Assert.True(double.Parse(outline.Split(' ')[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2, outline);
        }
    }

    [Fact]
    public async Task Everything_can_be_read_without_javascript()
    {
        var (page, _) = await browser.OpenAsync(ArticlePath, width: 390, height: 844, javaScript: false);

        Assert.True(await page.Locator(".toc ol a").First.IsVisibleAsync());
        Assert.True(await page.Locator(".sidenote-text").First.IsVisibleAsync());
    }
}
