using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// The command line as editors use it: exit codes, the summary, located errors, help. It runs in this process
/// (<see cref="GeneratorInProcess"/>); <see cref="ExecutableTests"/> checks what only the real executable shows.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private GeneratorProcess.Outcome Run(params string[] arguments) =>
        GeneratorInProcess.Run(_site.Root, [.. arguments, "--theme", RepositoryPaths.Theme]);

    [Fact]
    public void Build_succeeds_with_exit_code_zero_and_prints_a_summary()
    {
        var outcome = Run();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"Built \d+ pages \(1 article, 1 term, 1 term link\) into site/ in \d+\.\d\d s\.", outcome.Output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void Content_errors_exit_with_one_and_print_every_error_with_file_line_and_column()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\npeople:\n\t- Someone\n---\nText.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: \"Second\n---\nText.\n");
        _site.Write("articles/story/03-third.md", "---\ntitle: Third\ndatelin: KYIV\n---\nText.\n");
        _site.Write("articles/story/04-fourth.md", "---\ndateline: KYIV\n---\nText.\n");

        var outcome = Run();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("input/articles/story/01-first.md:4:1: error: front matter is indented with a tab", outcome.Error);
        Assert.Contains("input/articles/story/02-second.md:2:8: error: front matter is not valid YAML", outcome.Error);
        Assert.Contains("input/articles/story/03-third.md:3:1: error: unknown key 'datelin' in a section", outcome.Error);
        Assert.Contains("hint: did you mean 'dateline'?", outcome.Error);
        Assert.Contains("input/articles/story/04-fourth.md:2:1: error: a section is missing the required key 'title'", outcome.Error);
        Assert.Contains("4 errors", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Errors_show_the_offending_line_with_a_caret()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\ndatelin: KYIV\n---\nText.\n");

        var outcome = Run();

        Assert.Contains("  3 | datelin: KYIV\n    | ^", outcome.Error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_two()
    {
        var outcome = Run("--inptu", "x");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--inptu", outcome.Error);
    }

    [Fact]
    public void Malformed_base_url_is_a_usage_error()
    {
        var outcome = Run("--base-url", "example.org/news");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--base-url must be an absolute http(s) address", outcome.Error);
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var outcome = Run("--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var option in new[] { "--input", "--output", "--theme", "--base-url", "--drafts", "--timings" })
        {
            Assert.Contains(option, outcome.Output);
        }
    }

    [Fact]
    public void Timings_lists_each_pipeline_step_with_its_time_processor_time_allocations_and_collector_pauses()
    {
        // The seed, not the one-paragraph site: in a process that has built sites before, reading one paragraph
        // allocates less than the 0.1 MB the table shows.
        var outcome = GeneratorInProcess.RunCommand(_site.Root, "--input", RepositoryPaths.SeedInput, "--output", _site.Output,
            "--theme", RepositoryPaths.Theme, "--timings");

        foreach (var step in new[] { "load content", "load theme", "index glossary", "open cache", "open output", "render articles", "render glossary", "render pages", "render feeds", "check links", "copy assets", "write site", "save cache" })
        {
            Assert.Matches($@"{step}\s+\d+\.\d ms\s+\d+\.\d ms processor\s+\d+\.\d MB allocated\s+\d+\.\d ms collecting", outcome.Output);
        }

        // Reading the seed article allocates something and rendering it takes processor time, so a broken count (always
        // 0) is caught.
        Assert.DoesNotMatch(@"render articles\s+\d+\.\d ms\s+0\.0 ms processor", outcome.Output);
        Assert.DoesNotMatch(@"load content\s+\d+\.\d ms\s+\d+\.\d ms processor\s+0\.0 MB allocated", outcome.Output);

        Assert.Matches(@"peak memory\s+\d+\.\d MB", outcome.Output);
    }

    [Fact]
    public void Folders_written_with_a_trailing_slash_work()
    {
        var outcome = GeneratorInProcess.RunCommand(_site.Root, "--input", _site.Input + "/", "--output", Path.Combine(_site.Root, "public") + "/", "--theme", RepositoryPaths.Theme + "/");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.True(File.Exists(Path.Combine(_site.Root, "public", "story", "index.html")));
    }

    [Fact]
    public void Input_and_output_options_choose_the_folders()
    {
        var outcome = GeneratorInProcess.RunCommand(_site.Root, "--input", _site.Input, "--output", Path.Combine(_site.Root, "public"), "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Root, "public", "story", "index.html")));
    }
}
