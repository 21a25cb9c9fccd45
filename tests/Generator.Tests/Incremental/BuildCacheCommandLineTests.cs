using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>The build cache as a user meets it on the command line: where it lives, what the summary says, --no-cache.</summary>
[Trait("Category", "EndToEnd")]
public sealed class BuildCacheCommandLineTests : IDisposable
{
    private readonly TestSite _site = new();

    private GeneratorProcess.Outcome Build(params string[] extra) =>
        GeneratorInProcess.Run(_site.Root, ["--theme", RepositoryPaths.Theme, .. extra]);

    [Fact]
    public void The_cache_sits_beside_the_output_folder_and_the_summary_counts_what_was_rendered()
    {
        var first = Build();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 of 1 article and 8 of 8 pages rendered", first.Output);
        Assert.True(Directory.Exists(Path.Combine(_site.Root, ".site.cache", "articles")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, ".site.cache")));

        var second = Build();
        Assert.Contains("0 of 1 article and 0 of 8 pages rendered; 0 files changed", second.Output);
    }

    [Fact]
    public void No_cache_renders_everything_and_leaves_an_existing_cache_as_it_was()
    {
        Build();
        var cache = Path.Combine(_site.Root, ".site.cache");
        var before = FolderSnapshot.Take(cache);
        _site.Write("articles/story/01-first.md", "---\ntitle: First section\n---\nThe talks in the Normandy format resumed on Monday.\n");

        var outcome = Build("--no-cache");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("1 of 1 article and 8 of 8 pages rendered", outcome.Output);
        Assert.Equal(before, FolderSnapshot.Take(cache));

        Directory.Delete(Path.Combine(_site.Root, ".site.cache"), recursive: true);
        Build("--no-cache");
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".site.cache")));
    }

    public void Dispose() => _site.Dispose();
}
