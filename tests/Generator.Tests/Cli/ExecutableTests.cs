using System.Diagnostics;
using System.Globalization;
using System.Net;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// What only the real executable shows, started as a shell starts it in the site's folder: the exit codes a shell
/// sees, paths relative to the working folder (the defaults input/, site/, theme/), and a preview that runs until it
/// is stopped. The other command-line tests run the same code in the test process (<see cref="GeneratorInProcess"/>),
/// a second of processor time a test cheaper.
/// </summary>
[Trait("Category", "Executable")]
public sealed class ExecutableTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private GeneratorProcess.Outcome Run(params string[] arguments) => GeneratorProcess.Run(_site.Root, arguments);

    [Fact]
    public void Build_in_the_sites_folder_exits_with_zero_and_prints_a_summary()
    {
        var outcome = Run("--theme", RepositoryPaths.Theme);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"Built \d+ pages \(1 article, 1 term, 1 term link\) into site/ in \d+\.\d\d s\.", outcome.Output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void Content_errors_exit_with_one_and_name_files_relative_to_the_working_folder()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\ndatelin: KYIV\n---\nText.\n");

        var outcome = Run("--theme", RepositoryPaths.Theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("input/articles/story/01-first.md:3:1: error: unknown key 'datelin' in a section", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_two()
    {
        var outcome = Run("--inptu", "x");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--inptu", outcome.Error);
    }

    [Fact]
    public void Check_exits_with_one_on_a_broken_link()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the other story](/no-such-story/).\n");

        var outcome = Run("check", "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the page story/index.html links to /no-such-story/", outcome.Error);
    }

    [Fact]
    public void A_site_without_a_theme_folder_builds_with_the_built_in_theme()
    {
        var outcome = Run();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.NotNull(_site.Page("story/index.html").QuerySelector("link[rel=stylesheet]"));
    }

    [Fact]
    public async Task Serve_previews_a_draft_until_the_process_is_stopped()
    {
        _site.Write("articles/wip/index.md", "---\ntitle: Work in progress\ndate: 2022-02-15\ndraft: true\n---\n");
        _site.Write("articles/wip/01-only.md", "---\ntitle: Only\n---\nThe Minsk agreements were signed in 2015.\n");
        var port = FreePort.Next();
        using var process = Process.Start(GeneratorProcess.StartInfo(_site.Root,
            ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--theme", RepositoryPaths.Theme,
             "--headers", Path.Combine(RepositoryPaths.Root, "netlify.toml")]))!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("Serving ", StringComparison.Ordinal))
            {
            }

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            using var response = await client.GetAsync("/wip/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("draft-banner", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
