using Generator.Incremental;
using Generator.Tests.Incremental;

namespace Generator.Tests.Reliability;

/// <summary>
/// A build killed after it swapped its site in but before it saved its build cache leaves a cache that describes the
/// site before it. The next build must not take that build's files for the ones its cache recorded, even where they
/// have the same names and lengths (the search index's text of each article: the same story with one word of three
/// letters changed).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class UnsavedCacheTests : IDisposable
{
    private readonly IncrementalSite _incremental = new();

    public void Dispose() => _incremental.Dispose();

    private void WriteStories(string marker)
    {
        for (var article = 0; article < 3; article++)
        {
            _incremental.Site.Write($"articles/story-{article}/index.md", $"---\ntitle: Story {article} {marker}\ndate: 2022-02-14\n---\n")
                .Write($"articles/story-{article}/01-part.md", $"---\ntitle: Part\n---\nThe Normandy format met again ({marker}).\n");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [Fact]
    public void A_site_written_by_a_build_whose_cache_was_not_saved_is_not_taken_for_the_cached_one()
    {
        var cache = BuildCache.FolderFor(_incremental.Site.Output);
        var saved = Path.Combine(_incremental.Site.Root, "saved-cache");
        WriteStories("old");
        _incremental.Build();
        CopyFolder(cache, saved);

        // The "new" build writes its site, and is then as if killed before saving its cache.
        WriteStories("new");
        _incremental.Build();
        Directory.Delete(cache, recursive: true);
        CopyFolder(saved, cache);

        WriteStories("old");
        _incremental.Build();

        _incremental.AssertSameAsCleanBuild();
    }
}
