using Generator.Tests.EndToEnd;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A headless Debian Chromium driven by Playwright, reading the built seed site. Requests to http://site.test/ are
/// answered from the output folder, so pages load exactly as a static host would serve them, without a server.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Origin = "http://site.test";

    private IPlaywright? _playwright;

    public SeedSiteFixture Seed { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.Chromium,
            Headless = true,
            Args = ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
    }

    /// <summary>A fresh page of the given size and colour scheme, wired to the built site, with console errors collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            HasTouch = touch,
            IsMobile = touch,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.RouteAsync(Origin + "/**", ServeFromSite);
        await page.GotoAsync(Origin + path);
        return (page, errors);
    }

    private async Task ServeFromSite(IRoute route)
    {
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
        var file = Path.Combine(Seed.Output, path);
        if (path.Length == 0 || path.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(Seed.Output, "404.html"), ContentType = "text/html; charset=utf-8" });
            return;
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, Path = file, ContentType = type });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Seed.Dispose();
    }
}
