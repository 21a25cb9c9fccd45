using System.Diagnostics;
using Deque.AxeCore.Playwright;
using Generator.Serving;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The reading experience holds beyond the seed: a second, purpose-made article with an image, a pull quote, notes,
/// people and places, related links and footnotes passes the same audits — axe in light and dark with a note open and
/// a definition shown, the Nu HTML checker, and no console errors.
/// </summary>
public sealed class SecondArticleAuditTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _site.WriteBytes("assets/kyiv.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        _site.Write("articles/story/index.md", "---\ntitle: Talks resume in Berlin\ndek: Advisers meet again.\nbyline: Desk staff\ndate: 2022-02-10\nupdated: 2022-02-11\ntags: [diplomacy]\n---\nA short standfirst.\n");
        _site.Write("articles/story/01-first.md",
            "---\ntitle: Advisers meet\ndateline: BERLIN\npeople: [Olaf Scholz]\nplaces: [Berlin]\n" +
            "photo:\n  src: /assets/kyiv.png\n  alt: Delegations at a long table\n  caption: The talks in Berlin.\n  credit: DESK / PHOTO\n" +
            "pullquote:\n  text: We will keep talking.\n  by: An adviser\n  role: Delegation member\n" +
            "related:\n  - title: Earlier talks in Paris\n    url: https://example.org/paris\n" +
            "notes:\n  - quote: met for nine hours\n    text: The longest round **so far**.\n  - quote: keep talking\n    text: A second note.\n---\n" +
            "Advisers in the Normandy format met for nine hours.[^1] They said they would keep talking.\n\n[^1]: Reported by the delegations.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: What comes next\n---\nThe Normandy Four may meet at leaders' level.\n");
        _site.BuildSuccessfully();

        _server = new PreviewServer(_site.Output, "127.0.0.1", FreePort.Next(), HostingHeaders.Load(Path.Combine(RepositoryPaths.Root, "netlify.toml")), null, () => []);
        _server.Start();
        _ = _server.RunAsync(_stop.Token);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser!.DisposeAsync();
        _playwright?.Dispose();
        _stop.Cancel();
        _server?.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(1440, ColorScheme.Dark)]
    public async Task Article_passes_axe_with_a_note_open_and_a_definition_shown(int width, ColorScheme scheme)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(_server!.Address, "/story/").ToString());
        if (await page.Locator("button.sidenote-toggle").First.IsVisibleAsync())
        {
            await page.Locator("button.sidenote-toggle").First.ClickAsync();
        }

        await page.Locator("a.term-link").First.FocusAsync();
        await page.WaitForAnimationsAsync();
        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}")));
        Assert.Empty(problems);
        Assert.True(await page.Locator("figure.photo img[alt='Delegations at a long table']").IsVisibleAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_passes_the_Nu_HTML_checker()
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", ExternalTools.NuHtmlChecker, "--errors-only", "--skip-non-html", _site.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await report);
    }
}
