using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>
/// SOURCE_DATE_EPOCH, read from the environment of the generator's process, is the build's "now" unless --now says
/// otherwise. An environment variable belongs to a whole process, so these run the real executable;
/// <see cref="ScheduledArticleTests"/> checks what a given "now" holds back, in the test process.
/// </summary>
[Trait("Category", "Executable")]
public sealed class SourceDateEpochTests : IDisposable
{
    private readonly TestSite _site = new();

    public SourceDateEpochTests() => ScheduledArticleTests.WriteScheduledArticles(_site);

    public void Dispose() => _site.Dispose();

    /// <summary>The command line, with SOURCE_DATE_EPOCH set to <see cref="ScheduledArticleTests.Now"/>.</summary>
    private (int ExitCode, string Output) RunWithSourceDateEpoch(params string[] arguments)
    {
        var start = GeneratorProcess.StartInfo(_site.Root, ["--input", _site.Input, "--output", _site.Output, "--theme", RepositoryPaths.Theme, "--no-cache", .. arguments]);
        start.Environment["SOURCE_DATE_EPOCH"] = ScheduledArticleTests.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result);
    }

    [Fact]
    public void Source_date_epoch_is_the_builds_now_on_the_command_line()
    {
        var (exitCode, output) = RunWithSourceDateEpoch();

        Assert.Equal(0, exitCode);
        Assert.Contains("2 scheduled articles held back; the next, embargoed, is due at 2022-02-14T18:00:00+02:00", output);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "embargoed")));
    }

    [Fact]
    public void Now_on_the_command_line_wins_over_source_date_epoch()
    {
        var (exitCode, output) = RunWithSourceDateEpoch("--now", "2022-02-15T00:00:00+02:00");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("held back", output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "tomorrow", "index.html")));
    }
}
