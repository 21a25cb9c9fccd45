using Generator.Serving;
using Generator.Tests.EndToEnd;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A headless Debian Chromium driven by Playwright, reading the built seed site from the generator's own server on a
/// free loopback port, with exactly the headers netlify.toml gives production — so the browser enforces the real
/// Content-Security-Policy.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private IPlaywright? _playwright;
    private PreviewServer? _server;

    public SeedSiteFixture Seed { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string Origin => _server!.Address.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(Seed.Output, "127.0.0.1", FreePort.Next(), HostingHeaders.Load(Path.Combine(RepositoryPaths.Root, "netlify.toml")), null, () => []);
        _server.Start();
        _ = _server.RunAsync(_stop.Token);
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>A page in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(
        string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool touch = false, bool javaScript = true) =>
        BrowserPages.OpenAsync(Browser, Origin + path, width, height, scheme, touch, javaScript);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        _stop.Cancel();
        _server?.Dispose();
        Seed.Dispose();
    }
}
