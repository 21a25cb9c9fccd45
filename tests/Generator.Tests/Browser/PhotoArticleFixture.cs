using Generator.Tests.Images;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A purpose-made article with three photos in three sections, drawn with SkiaSharp at a camera's sizes (a 2400 x 1600
/// JPEG, a 1600 x 1200 PNG, a 2000 x 1333 JPEG, with grain so they compress like photographs), built by the real
/// pipeline and served as production serves it: what a reader on a phone downloads is the build's resized WebP.
/// </summary>
public sealed class PhotoArticleFixture : IAsyncLifetime
{
    public const string ArticlePath = "/story/";

    private readonly TestSite _site = new();
    private ServedSite? _served;

    public IBrowser Browser => _served!.Browser;

    public string Output => _site.Output;

    public string Origin => _served!.Address.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        _site.WriteBytes("assets/square.jpg", TestPhotos.Jpeg(2400, 1600, seed: 1, grain: 12))
            .WriteBytes("assets/delegations.png", TestPhotos.Png(1600, 1200, seed: 2, grain: 12))
            .WriteBytes("assets/station.jpg", TestPhotos.Jpeg(2000, 1333, seed: 3, grain: 12))
            .Write("articles/story/index.md",
                "---\ntitle: Talks resume in Berlin\ndek: Advisers of the Normandy Four meet again after a month.\nbyline: Desk staff\ndate: 2022-02-10\n---\n" +
                "Advisers met in Berlin for nine hours.\n")
            .Write("articles/story/01-first.md", Section("The square before the talks", "/assets/square.jpg",
                "A square with a few people crossing it in the early morning", "The square outside the chancellery at eight."))
            .Write("articles/story/02-second.md", Section("At the table", "/assets/delegations.png",
                "Two delegations facing each other across a long table", "The delegations at the start of the round."))
            .Write("articles/story/03-third.md", Section("Leaving Berlin", "/assets/station.jpg",
                "A railway platform under a glass roof", "The main station, where the delegations left from."))
            .BuildSuccessfully();

        _served = await ServedSite.StartAsync(_site.Output);
    }

    /// <summary>The article in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(int width, ColorScheme scheme) =>
        _served!.OpenAsync(ArticlePath, width, 900, scheme);

    public async Task DisposeAsync()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
        _site.Dispose();
    }

    // Enough prose that the second and third photos start below a phone's first screen, where they load lazily.
    private static string Section(string title, string src, string alt, string caption) =>
        $"---\ntitle: {title}\nphoto:\n  src: {src}\n  alt: {alt}\n  caption: {caption}\n  credit: DESK / PHOTO\n---\n" +
        string.Concat(Enumerable.Repeat(
            "The advisers in the Normandy format spoke for hours about the ceasefire line, the exchange of prisoners and the " +
            "order of the steps the agreements set out, and agreed to meet again within a month.\n\n", 4));
}
