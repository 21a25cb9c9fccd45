using System.Threading.Channels;
using Generator.Pipeline;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary>Issue #6 point 2: in the preview, an edit re-renders only what it affects.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PreviewRebuildScopeTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly StringWriter _log = new();
    private readonly PreviewSession _session;
    private readonly Channel<bool> _rebuilds = Channel.CreateUnbounded<bool>();

    public PreviewRebuildScopeTests()
    {
        _site.Write("articles/other/index.md", "---\ntitle: Another story\ndate: 2022-02-15\n---\n");
        _site.Write("articles/other/01-only.md", "---\ntitle: Only\n---\nNothing about the talks here.\n");
        _session = new PreviewSession(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme), "127.0.0.1", FreePort.Next(),
            Path.Combine(RepositoryPaths.Root, "netlify.toml"), TextWriter.Synchronized(_log));
        _session.Rebuilt += result => _rebuilds.Writer.TryWrite(result.Succeeded);
        Assert.True(_session.Start().Succeeded);
    }

    /// <summary>
    /// The log line of the next good rebuild. On a loaded machine the watcher can see a save half done (the file
    /// truncated, not yet written) and report a failed build first; the next event completes it.
    /// </summary>
    private async Task<string> RebuildLog()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!await _rebuilds.Reader.ReadAsync(timeout.Token))
        {
        }

        return _log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(line => line.StartsWith("Rebuilt in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_edit_re_renders_its_article_only()
    {
        _site.Write("articles/other/01-only.md", "---\ntitle: Only\n---\nStill nothing about the talks here.\n");

        Assert.Contains("1 of 2 articles rendered", await RebuildLog());
        Assert.Contains("Still nothing", File.ReadAllText(Path.Combine(_site.Output, "other", "index.html")));
    }

    [Fact]
    public async Task A_definition_edit_re_renders_the_articles_that_link_the_term_and_its_pages()
    {
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("A diplomatic group", "A contact group", StringComparison.Ordinal));

        Assert.Contains("1 of 2 articles rendered", await RebuildLog());
        Assert.Contains("A contact group", File.ReadAllText(Path.Combine(_site.Output, "story", "index.html")));
        Assert.Contains("A contact group", File.ReadAllText(Path.Combine(_site.Output, "glossary", "normandy-format", "index.html")));
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }
}
