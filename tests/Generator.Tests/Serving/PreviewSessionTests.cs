using System.Net;
using System.Threading.Channels;
using Generator.Pipeline;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary>The real preview server on a free loopback port, with edits to a temporary copy of a site.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PreviewSessionTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly PreviewSession _session;
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _client;
    private readonly Channel<bool> _rebuilds = Channel.CreateUnbounded<bool>();

    private readonly string _theme;

    public PreviewSessionTests()
    {
        // A copy of the theme, so a test can edit the stylesheet without touching the repository's.
        _theme = _site.CopyTheme();

        _session = new PreviewSession(new BuildOptions(_site.Input, _site.Output, _theme), "127.0.0.1", FreePort.Next(),
            Path.Combine(RepositoryPaths.Root, "netlify.toml"), TextWriter.Null);
        _session.Rebuilt += result => _rebuilds.Writer.TryWrite(result.Succeeded);
        Assert.True(_session.Start().Succeeded);
        _ = _session.RunAsync(_stop.Token);
        _client = new HttpClient { BaseAddress = _session.Address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public void Dispose()
    {
        _stop.Cancel();
        _session.Dispose();
        _client.Dispose();
        _site.Dispose();
    }

    private async Task<bool> NextRebuild()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _rebuilds.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Reads server-sent events from the preview's stream until one with the wanted name arrives.</summary>
    private async Task<string> NextEvent(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string? current = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }

    [Fact]
    public async Task Edit_rebuilds_the_page_and_tells_open_pages_to_reload()
    {
        using var stream = await _client.GetStreamAsync("/_preview/events");
        using var events = new StreamReader(stream);

        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met in Paris.\n");

        Assert.Equal("{}", await NextEvent(events, "reload"));
        Assert.Contains("met in Paris", await _client.GetStringAsync("/story/"));
    }

    [Fact]
    public async Task Broken_edit_shows_located_errors_and_keeps_serving_the_last_good_site()
    {
        using var stream = await _client.GetStreamAsync("/_preview/events");
        using var events = new StreamReader(stream);

        _site.Write("articles/story/01-first.md", "---\ntitel: First\n---\nThe Normandy format met in Paris.\n");

        var errors = System.Text.Json.JsonSerializer.Deserialize<string[]>(await NextEvent(events, "errors"))!;
        Assert.Contains(errors, e => e.Contains("01-first.md:2:1: unknown key 'titel'"));
        Assert.Contains("titel", await _client.GetStringAsync("/_preview/status"));
        var page = await _client.GetStringAsync("/story/");
        Assert.Contains("Normandy format", page);
        Assert.DoesNotContain("met in Paris", page);

        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met in Paris.\n");
        await NextEvent(events, "reload");
        Assert.Equal("[]", await _client.GetStringAsync("/_preview/status"));
    }

    [Fact]
    public async Task Stylesheet_only_edit_swaps_the_stylesheet_without_a_reload()
    {
        var before = System.Text.RegularExpressions.Regex.Match(await _client.GetStringAsync("/story/"), "/theme/site\\.[0-9a-f]+\\.css").Value;
        using var stream = await _client.GetStreamAsync("/_preview/events");
        using var events = new StreamReader(stream);

        File.AppendAllText(Path.Combine(_theme, "assets", "site.css"), "\n.dek { letter-spacing: 0.01em; }\n");

        var renamed = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(await NextEvent(events, "css"))!;
        var after = Assert.Contains(before, (IDictionary<string, string>)renamed);
        Assert.NotEqual(before, after);
        Assert.Contains("letter-spacing", await _client.GetStringAsync(after));
    }

    [Fact]
    public async Task Pages_get_the_live_reload_script_and_production_headers()
    {
        using var response = await _client.GetAsync("/story/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<script src=\"/_preview/preview.js\" defer></script>", html);
        Assert.True(response.Headers.NonValidated.Contains("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/_preview/preview.js")).StatusCode);
    }

    [Fact]
    public async Task Swap_and_backup_files_do_not_trigger_a_rebuild()
    {
        _site.Write("articles/story/.01-first.md.swp", "swap");
        _site.Write("articles/story/01-first.md~", "backup");
        _site.Write("articles/story/4913", "vim probe");
        await Task.Delay(300);

        Assert.False(_rebuilds.Reader.TryRead(out _));

        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met in Berlin.\n");
        Assert.True(await NextRebuild());
    }

    [Fact]
    public void Swap_file_patterns_are_recognised()
    {
        foreach (var ignored in new[] { ".#01-first.md", "01-first.md~", ".01-first.md.swp", "4913", "x.tmp" })
        {
            Assert.True(SiteWatcher.IsIgnored(ignored), ignored);
        }

        Assert.False(SiteWatcher.IsIgnored("01-first.md"));
    }
}
