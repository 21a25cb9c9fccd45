using Deque.AxeCore.Playwright;
using Generator.Serving;
using Generator.Tests.Support;
using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// The site <c>init</c> creates is what a new publication shows first: every page passes the Nu HTML checker, and axe
/// in light and dark with a definition open, served with the headers of its own netlify.toml.
/// </summary>
[Trait("Category", "Browser")]
public sealed class InitSiteAuditTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "init-audit-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _stop = new();
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string Site => Path.Combine(_root, "city-desk");

    private string Output => Path.Combine(Site, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        Assert.Equal(0, GeneratorProcess.Run(_root, "init", "city-desk").ExitCode);
        var build = GeneratorProcess.Run(Site, "--strict");
        Assert.True(build.ExitCode == 0, build.Error);

        _server = new PreviewServer(Output, "127.0.0.1", FreePort.Next(), HostingHeaders.Load(Path.Combine(Site, "netlify.toml")), null, () => []);
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
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_page_of_the_init_site_passes_axe_with_a_definition_open(ColorScheme scheme)
    {
        var violations = new List<string>();
        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var file in pages)
        {
            var path = "/" + Path.GetRelativePath(Output, file).Replace('\\', '/');
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add(message.Text);
                }
            };
            await page.GotoAsync(new Uri(_server!.Address, path).ToString());
            if (await page.Locator("a.term-link").CountAsync() > 0)
            {
                await page.Locator("a.term-link").First.FocusAsync();
            }

            await page.WaitForAnimationsAsync();
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
            violations.AddRange(problems.Select(problem => $"{path}: console: {problem}"));
            await context.CloseAsync();
        }

        Assert.True(pages.Count >= 6, $"only {pages.Count} pages");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Every_page_of_the_init_site_passes_the_Nu_HTML_checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(Output);

        Assert.True(errors.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", errors));
    }
}
