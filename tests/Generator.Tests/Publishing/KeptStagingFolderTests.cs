using Generator.Publishing;
using Generator.Tests.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// The preview keeps the staging folder after each swap, holding the site it replaced, and the next rebuild starts
/// from it. Whatever that folder holds, the new site equals a clean build, and the live site is never written into.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class KeptStagingFolderTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public void Dispose() => _site.Dispose();

    private string KeptFolder => Assert.Single(Directory.EnumerateDirectories(_site.Site.Root, ".site.staging-*"));

    /// <summary>Two preview builds: the second one's kept folder holds the first site, its files hard links of the live ones.</summary>
    private void BuildTwiceAsThePreview()
    {
        _site.Build(freshProcess: false);
        _site.Build(freshProcess: false);
        Assert.True(FileIdentity.Same(Path.Combine(_site.Site.Output, "talks", "index.html"), Path.Combine(KeptFolder, "talks", "index.html")));
    }

    [Fact]
    public void Edits_deletions_and_renames_built_from_the_kept_folder_equal_a_clean_build()
    {
        BuildTwiceAsThePreview();

        _site.Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met again in the Normandy format.\n");
        _site.Build(freshProcess: false);
        _site.AssertSameAsCleanBuild();

        Directory.Delete(_site.Site.PathOf("articles/kremlin"), recursive: true);
        _site.Build(freshProcess: false);
        _site.AssertSameAsCleanBuild();

        // Renamed: the old address goes, from the live site and then from the kept folder the next build starts from.
        Directory.Move(_site.Site.PathOf("articles/accords"), _site.Site.PathOf("articles/minsk"));
        _site.Build(freshProcess: false);
        _site.AssertSameAsCleanBuild();
        _site.Build(freshProcess: false);
        _site.AssertSameAsCleanBuild();
        Assert.False(Directory.Exists(Path.Combine(_site.Site.Output, "accords")));
    }

    [Fact]
    public void A_failed_build_leaves_the_live_site_as_it_was_though_its_kept_files_are_hard_links_of_the_live_ones()
    {
        BuildTwiceAsThePreview();
        var before = _site.Snapshot();

        // The article's page is written before the link check fails the (strict) build, at a path whose kept file is
        // the live one's.
        _site.Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met again. [More](/nowhere/)\n");
        var failed = _site.Attempt(freshProcess: false, strict: true);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, _site.Snapshot());

        _site.Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met again in the Normandy format.\n");
        _site.Build(freshProcess: false);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Whatever_the_kept_folder_holds_the_next_build_equals_a_clean_build()
    {
        BuildTwiceAsThePreview();
        var kept = KeptFolder;
        // A stray file, a stray folder, and a page replaced by other bytes that are not the live site's.
        File.WriteAllText(Path.Combine(kept, "stray.html"), "not part of the site");
        Directory.CreateDirectory(Path.Combine(kept, "stray", "deeper"));
        File.Delete(Path.Combine(kept, "talks", "index.html"));
        File.WriteAllText(Path.Combine(kept, "talks", "index.html"), "not the page");

        _site.Build(freshProcess: false);

        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Unchanged_pages_keep_their_modification_time_across_builds_from_the_kept_folder()
    {
        BuildTwiceAsThePreview();
        var before = _site.Snapshot();

        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        _site.Build(freshProcess: false);
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements once more.\n");
        _site.Build(freshProcess: false);

        // The page, its link preview (which quotes the section's first sentence) and the feed that carries it.
        Assert.Equal(["accords/index.html", "accords/preview.json", "feed.xml"], IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_plain_build_removes_the_folder_a_preview_kept()
    {
        BuildTwiceAsThePreview();

        _site.Build(freshProcess: true);

        Assert.Empty(Directory.EnumerateDirectories(_site.Site.Root, ".site.staging-*"));
        _site.AssertSameAsCleanBuild();
    }
}
