using Generator.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// An open definition lies over everything else in the article: every point inside its box belongs to it, not to a
/// term link on the next line, a note marker, a sidenote or the contents. Each definition is opened in turn, on the
/// seed and on a denser second article, on a desktop (by keyboard focus) and on a phone (by a tap), where it also keeps
/// to the width of the text it belongs to, the standfirst's included.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DefinitionStackingBrowserTests(BrowserFixture seed, SecondArticleFixture second)
    : IClassFixture<BrowserFixture>, IClassFixture<SecondArticleFixture>
{
    // Points of the pop-up's box, inset from its edges (the fade-in moves it by a fraction of a pixel).
    private const string PointsNotInThePopUp =
        """
        term => {
          const tip = term.querySelector('.term-popup');
          tip.scrollIntoView({ block: 'center', behavior: 'instant' });
          const box = tip.getBoundingClientRect();
          const misses = [];
          for (let row = 0; row < 6; row++) {
            for (let column = 0; column < 8; column++) {
              const x = box.left + 2 + (box.width - 4) * column / 7, y = box.top + 2 + (box.height - 4) * row / 5;
              const found = document.elementFromPoint(x, y);
              if (!tip.contains(found)) {
                misses.push(`(${Math.round(x)}, ${Math.round(y)}): ${found ? found.outerHTML.slice(0, 80) : 'nothing'}`);
              }
            }
          }
          // On a phone the pop-up spans the text it belongs to (prose, standfirst, note), never the bare screen edge to edge.
          const column = term.closest('.prose, .standfirst, .note-text').getBoundingClientRect();
          if (innerWidth < 640 && (box.left < column.left - 1 || box.right > column.right + 1)) {
            misses.push(`spans ${Math.round(box.left)}–${Math.round(box.right)}, outside its text (${Math.round(column.left)}–${Math.round(column.right)})`);
          }
          return box.width > 0 ? misses : ['the pop-up is not shown'];
        }
        """;

    [Theory]
    [InlineData("seed", 1280, 800, false)]
    [InlineData("seed", 390, 844, true)]
    [InlineData("second", 1280, 800, false)]
    [InlineData("second", 390, 844, true)]
    public async Task Every_point_of_an_open_definition_belongs_to_it(string site, int width, int height, bool touch)
    {
        var (page, problems) = site == "seed"
            ? await seed.OpenAsync("/" + SeedSiteFixture.ArticleSlug + "/", width, height, touch: touch)
            : await second.OpenAsync(SecondArticleFixture.ArticlePath, width, height, touch: touch);
        var terms = page.Locator("article .term");
        var count = await terms.CountAsync();
        var covered = new List<string>();

        for (var index = 0; index < count; index++)
        {
            var term = terms.Nth(index);
            var link = term.Locator("a.term-link");
            if (touch)
            {
                await TouchTap.OnAsync(link);
            }
            else
            {
                await link.FocusAsync();
            }

            await page.WaitForAnimationsAsync();
            foreach (var miss in await term.EvaluateAsync<string[]>(PointsNotInThePopUp))
            {
                covered.Add($"{await link.TextContentAsync()} at {miss}");
            }
        }

        Assert.True(count >= 10, $"only {count} term links on the page");
        Assert.True(covered.Count == 0, "points of an open definition that belong to something else:\n" + string.Join("\n", covered));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }
}
