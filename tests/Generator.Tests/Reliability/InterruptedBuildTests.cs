using System.Diagnostics;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.Reliability;

/// <summary>
/// A build killed at any moment leaves the site either fully old or fully new, and two builds started together on one
/// folder never interleave.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>A site big enough that writing it takes a while: many articles and sections.</summary>
    private void WriteManyArticles(string marker)
    {
        for (var article = 0; article < 60; article++)
        {
            _site.Write($"articles/story-{article}/index.md", $"---\ntitle: Story {article} {marker}\ndate: 2022-02-14\n---\n");
            for (var section = 1; section <= 5; section++)
            {
                _site.Write($"articles/story-{article}/0{section}-part-{section}.md",
                    $"---\ntitle: Part {section}\n---\n{string.Concat(Enumerable.Repeat($"The Normandy format met again ({marker}). ", 40))}\n");
            }
        }
    }

    private static Process StartBuild(string workingDirectory) =>
        Process.Start(GeneratorProcess.StartInfo(workingDirectory, "--theme", RepositoryPaths.Theme))!;

    private static Dictionary<string, string> Contents(string folder) =>
        FolderSnapshot.Take(folder).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]);

    [Fact]
    public void Build_killed_at_any_moment_leaves_the_old_site_or_the_new_one()
    {
        WriteManyArticles("old");
        _site.BuildSuccessfully();
        var old = Contents(_site.Output);

        WriteManyArticles("new");
        var reference = Path.Combine(_site.Root, "reference");
        Assert.True(BuildPipeline.Run(new BuildOptions(_site.Input, reference, RepositoryPaths.Theme)).Succeeded);
        var fresh = Contents(reference);

        foreach (var delay in new[] { 150, 300, 450, 600, 750, 900, 1100, 1400 })
        {
            using var build = StartBuild(_site.Root);
            Thread.Sleep(delay);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();

            var now = Contents(_site.Output);
            var state = now.SequenceEqual(old) ? "old" : now.SequenceEqual(fresh) ? "new" : "mixed";
            Assert.True(state != "mixed", $"delay {delay}: differ from old: " + string.Join(", ", now.Keys.Union(old.Keys).Where(k => now.GetValueOrDefault(k) != old.GetValueOrDefault(k)).Take(8)) + $" ({now.Keys.Union(old.Keys).Count(k => now.GetValueOrDefault(k) != old.GetValueOrDefault(k))}); differ from new: " + string.Join(", ", now.Keys.Union(fresh.Keys).Where(k => now.GetValueOrDefault(k) != fresh.GetValueOrDefault(k)).Take(8)) + $" ({now.Keys.Union(fresh.Keys).Count(k => now.GetValueOrDefault(k) != fresh.GetValueOrDefault(k))})");
            if (state == "new")
            {
                // Put the old site back so later kills can land mid-write again.
                WriteManyArticles("old");
                _site.BuildSuccessfully();
                WriteManyArticles("new");
            }
        }

        // The next build clears what killed builds left and completes.
        _site.BuildSuccessfully();
        Assert.Equal(fresh, Contents(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.staging-*"));
    }

    [Fact]
    public void Two_builds_started_together_do_not_interleave()
    {
        WriteManyArticles("new");
        var reference = Path.Combine(_site.Root, "reference");
        Assert.True(BuildPipeline.Run(new BuildOptions(_site.Input, reference, RepositoryPaths.Theme)).Succeeded);

        using var first = StartBuild(_site.Root);
        using var second = StartBuild(_site.Root);
        first.WaitForExit();
        second.WaitForExit();

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(Contents(reference), Contents(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.staging-*"));
    }
}
