using Deque.AxeCore.Playwright;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// Issue #18, point 6: the article with three processed photos passes axe in light and dark on a phone and a wide
/// screen, and the Nu HTML checker; under production's Content-Security-Policy every photo loads without a console
/// error or a failed request, at the size its width and height attributes give it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PhotoArticleAuditTests(PhotoArticleFixture article) : IClassFixture<PhotoArticleFixture>
{
    [Theory]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1440, ColorScheme.Dark)]
    public async Task The_photo_article_passes_axe_and_every_photo_loads_under_the_csp(int width, ColorScheme scheme)
    {
        var (page, problems) = await article.OpenAsync(width, scheme);
        var photos = page.Locator("figure.photo img");
        for (var index = 0; index < await photos.CountAsync(); index++)
        {
            await photos.Nth(index).ScrollIntoViewIfNeededAsync();
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}")));
        Assert.Equal(3, await photos.CountAsync());
        // Each photo decoded (naturalWidth > 0) and shown in its width/height's proportion.
        var shapes = await photos.EvaluateAllAsync<double[][]>(
            "images => images.map(i => [i.naturalWidth, i.width / i.height, i.getAttribute('width') / i.getAttribute('height')])");
        Assert.All(shapes, shape =>
        {
            Assert.True(shape[0] > 0, "a photo did not load");
            Assert.Equal(shape[2], shape[1], 0.02);
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_passes_the_Nu_HTML_checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(article.Output);

        Assert.True(errors.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", errors));
    }
}
