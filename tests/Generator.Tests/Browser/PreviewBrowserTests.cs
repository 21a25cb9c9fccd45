using Generator.Pipeline;
using Generator.Serving;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>The editing preview in Chromium: an edit reloads the open page, a broken edit shows the errors over it.</summary>
[Trait("Category", "Browser")]
public sealed class PreviewBrowserTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private PreviewSession? _session;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _session = new PreviewSession(new BuildOptions(_site.Input, _site.Output, _site.CopyTheme()), "127.0.0.1", FreePort.Next(),
            Path.Combine(RepositoryPaths.Root, "netlify.toml"), TextWriter.Null);
        Assert.True(_session.Start().Succeeded);
        _ = _session.RunAsync(_stop.Token);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser!.DisposeAsync();
        _playwright?.Dispose();
        _stop.Cancel();
        _session?.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Open_page_reloads_after_an_edit_and_shows_then_clears_the_errors_of_a_broken_one()
    {
        var page = await _browser!.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(_session!.Address, "/story/").ToString());
        // Give the page's event stream a moment to connect, as a reader's browser has before the editor saves.
        await page.WaitForTimeoutAsync(1000);

        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met in Paris.\n");
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('met in Paris')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        _site.Write("articles/story/01-first.md", "---\ntitel: First\n---\nThe Normandy format met in Berlin.\n");
        var overlay = page.Locator("#preview-errors");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("unknown key 'titel'", await overlay.TextContentAsync());
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));
        Assert.Contains("met in Paris", await page.Locator("main").TextContentAsync());

        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met in Berlin.\n");
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('met in Berlin') && !document.getElementById('preview-errors')", null,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.Empty(problems);
    }
}
