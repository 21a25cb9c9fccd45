using Generator.Serving;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A built site served on loopback as production serves it (the headers of this repository's netlify.toml, its
/// Content-Security-Policy included), with Debian's Chromium to open its pages: what every purpose-made browser fixture needs.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PreviewServer _server;
    private IPlaywright? _playwright;

    private ServedSite(string output)
    {
        _server = new PreviewServer(output, "127.0.0.1", FreePort.Next(), HostingHeaders.Load(Path.Combine(RepositoryPaths.Root, "netlify.toml")), null, () => []);
        _server.Start();
        _ = _server.RunAsync(_stop.Token);
    }

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server.Address;

    public static async Task<ServedSite> StartAsync(string output)
    {
        var served = new ServedSite(output);
        served._playwright = await Playwright.CreateAsync();
        served.Browser = await DebianChromium.LaunchAsync(served._playwright);
        return served;
    }

    /// <summary>A page of the site in a fresh context, with console errors, page errors and failed requests collected.</summary>
    public Task<(IPage Page, List<string> Problems)> OpenAsync(
        string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool touch = false) =>
        BrowserPages.OpenAsync(Browser, new Uri(Address, path).ToString(), width, height, scheme, touch);

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _stop.Cancel();
        _server.Dispose();
    }
}
