using System.Diagnostics;
using System.Text.Json;
using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>'updated: auto' takes the time of the last commit that touched the article's files, read from git.</summary>
[Trait("Category", "EndToEnd")]
public sealed class CommitTimeTests : IDisposable
{
    private const string AutoStory = "---\ntitle: A test story\ndate: 2022-02-14\nupdated: auto\n---\n";
    private readonly TestSite _site = new();

    private void Git(string committed, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_COMMITTER_DATE"] = committed;
        start.Environment["GIT_AUTHOR_DATE"] = committed;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    private void Commit(string committed, string message)
    {
        Git(committed, "add", "-A");
        Git(committed, "commit", "-q", "-m", message);
    }

    private BuildResult Build() =>
        BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Cache: new BuildCache(BuildCache.FolderFor(_site.Output))));

    /// <summary>An auto-dated story committed on 15 February and built.</summary>
    private void BuildFirstVersion()
    {
        _site.Write("articles/story/index.md", AutoStory);
        Git("2022-02-15T08:00:00+00:00", "init", "-q");
        Commit("2022-02-15T08:00:00+00:00", "First version");
        Assert.True(Build().Succeeded);
    }

    /// <summary>The same, then its section edited and not committed yet.</summary>
    private void BuildFirstVersionThenEditIt()
    {
        BuildFirstVersion();
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "stalled", StringComparison.Ordinal));
    }

    private JsonElement StructuredData() =>
        JsonDocument.Parse(_site.Page("story/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void Updated_auto_is_the_time_of_the_last_commit_to_the_articles_files()
    {
        _site.Write("articles/story/index.md", AutoStory);
        _site.Write("articles/other/index.md", "---\ntitle: Another story\ndate: 2022-02-14\n---\n");
        _site.Write("articles/other/01-first.md", TestSite.MinimalSection);
        Git("2022-02-14T08:00:00+00:00", "init", "-q");
        Commit("2022-02-14T08:00:00+00:00", "First version");
        // A later commit to another article does not move this one.
        _site.Write("articles/other/01-first.md", TestSite.MinimalSection + "\nMore.\n");
        Commit("2022-02-20T08:00:00+00:00", "Another story");
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection + "\nThe talks went on.\n");
        Commit("2022-02-16T11:45:00+02:00", "Republish the story");

        Assert.True(Build().Succeeded);

        Assert.Equal("2022-02-16T11:45:00+02:00", StructuredData().GetProperty("dateModified").GetString());
        var updated = _site.Page("story/index.html").QuerySelectorAll(".meta time")[1];
        Assert.Equal("2022-02-16T11:45:00+02:00", updated.GetAttribute("datetime"));
        Assert.Contains("<updated>2022-02-16T11:45:00+02:00</updated>", File.ReadAllText(Path.Combine(_site.Output, "feed.xml")));
        Assert.Contains("<lastmod>2022-02-16T11:45:00+02:00</lastmod>", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")));
    }

    [Fact]
    public void Every_commit_moves_the_update_and_a_committed_edit_is_marked()
    {
        BuildFirstVersion();
        Assert.Equal("2022-02-15T08:00:00Z", StructuredData().GetProperty("dateModified").GetString());

        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "stalled", StringComparison.Ordinal));
        Commit("2022-02-17T09:30:00+00:00", "The talks stalled");
        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal("2022-02-17T09:30:00Z", StructuredData().GetProperty("dateModified").GetString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("'updated' did not", StringComparison.Ordinal));
    }

    [Fact]
    public void Committing_an_edit_already_built_moves_the_update_though_no_file_changed()
    {
        BuildFirstVersionThenEditIt();
        Build();
        Assert.Equal("2022-02-15T08:00:00Z", StructuredData().GetProperty("dateModified").GetString());

        // git's history moved, no file of the input folder did: the build must not take the site as current.
        Commit("2022-02-17T09:30:00+00:00", "The talks stalled");
        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Timings, t => t.Step == "load content");
        Assert.Equal("2022-02-17T09:30:00Z", StructuredData().GetProperty("dateModified").GetString());
    }

    [Fact]
    public void An_uncommitted_edit_of_an_auto_article_is_an_unmarked_edit()
    {
        BuildFirstVersionThenEditIt();

        var warning = Assert.Single(Build().Diagnostics, d => d.Message.Contains("'updated' did not", StringComparison.Ordinal));

        Assert.Contains("commit the change", warning.Hint);
    }

    [Fact]
    public void An_article_never_committed_has_no_update_time()
    {
        _site.Write("articles/story/index.md", AutoStory);
        Git("2022-02-15T08:00:00+00:00", "init", "-q");
        Git("2022-02-15T08:00:00+00:00", "add", "input/glossary");
        Git("2022-02-15T08:00:00+00:00", "commit", "-q", "-m", "The glossary alone");

        Assert.True(Build().Succeeded);

        Assert.Equal("2022-02-14", StructuredData().GetProperty("dateModified").GetString());
        Assert.Single(_site.Page("story/index.html").QuerySelectorAll(".meta time"));
    }

    [Fact]
    public void Updated_auto_outside_a_git_checkout_is_an_error_at_the_key()
    {
        _site.Write("articles/story/index.md", AutoStory);

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(4, error.Location.Line);
        Assert.Contains("'updated: auto' reads the time of the article's last commit from git", error.Message);
        Assert.Contains("not a git repository", error.Message);
        Assert.Contains("build inside the git checkout", error.Hint);
    }

    public void Dispose() => _site.Dispose();
}
