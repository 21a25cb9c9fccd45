using Generator.Incremental;
using Generator.Publishing;
using Generator.Tests.Incremental;

namespace Generator.Tests.Publishing;

/// <summary>
/// A build with a build cache keeps the site it replaced in the cache (<c>.site.cache/staging/</c>), its files hard
/// links of the live site's, and the next build — of any process — starts from it, so a rebuild makes and removes only
/// what changed. Whatever that folder holds, the next site equals a clean build and the live site is never written into.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class KeptInCacheStagingTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Kept => new BuildCache(BuildCache.FolderFor(_site.Site.Output)).StagingFolder;

    [Fact]
    public void The_replaced_site_is_kept_in_the_cache_as_links_of_the_live_files_and_nothing_beside_the_output_folder()
    {
        _site.Build();
        _site.Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met again in the Normandy format.\n");
        _site.Build();

        Assert.Empty(Directory.EnumerateDirectories(_site.Site.Root, ".site.staging-*"));
        // An unchanged page is the same file in both; the edited one is the old file in the kept folder.
        Assert.True(FileIdentity.Same(Path.Combine(_site.Site.Output, "kremlin", "index.html"), Path.Combine(Kept, "kremlin", "index.html")));
        Assert.False(FileIdentity.Same(Path.Combine(_site.Site.Output, "talks", "index.html"), Path.Combine(Kept, "talks", "index.html")));
        Assert.DoesNotContain("met again", File.ReadAllText(Path.Combine(Kept, "talks", "index.html")), StringComparison.Ordinal);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Whatever_the_kept_folder_holds_the_next_build_equals_a_clean_build_and_the_live_site_is_not_written_into()
    {
        _site.Build();
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        _site.Build();
        File.WriteAllText(Path.Combine(Kept, "stray.html"), "not part of the site");
        Directory.CreateDirectory(Path.Combine(Kept, "stray", "deeper"));
        Directory.Delete(Path.Combine(Kept, "kremlin"), recursive: true);
        File.Delete(Path.Combine(Kept, "talks", "index.html"));
        File.WriteAllText(Path.Combine(Kept, "talks", "index.html"), "not the page");
        var live = _site.Snapshot();

        // A failed build writes its pages into the kept folder, whose files are links of the live ones.
        _site.Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing. [More](/nowhere/)\n");
        Assert.False(_site.Attempt(strict: true).Succeeded);
        Assert.Equal(live, _site.Snapshot());

        _site.Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing, and the State Duma met again.\n");
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements once more.\n");
        _site.Build();
        _site.AssertSameAsCleanBuild();
    }
}
