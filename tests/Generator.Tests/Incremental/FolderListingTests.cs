using Generator.Content;
using Generator.Diagnostics;
using Generator.Incremental;

namespace Generator.Tests.Incremental;

/// <summary>
/// A build looks at its input folder once: the listing its stamp was taken from is the one its content is loaded
/// from, so what it builds is what it fingerprinted, and each file is asked for its stamp once.
/// </summary>
[Trait("Category", "Unit")]
public sealed class FolderListingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));

    public FolderListingTests()
    {
        Write("site.yml", "title: Desk\n");
        for (var index = 0; index < 20; index++)
        {
            Write($"articles/story-{index:00}/index.md", $"---\ntitle: Story {index}\ndate: 2024-03-{index + 1:00}\n---\nThe desk reports.\n");
            Write($"articles/story-{index:00}/01-first.md", "---\ntitle: First\n---\nTalks resumed.\n");
        }
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_folder_names_its_entries_with_their_kinds_and_the_inode_numbers_the_files_have()
    {
        var folder = Path.Combine(_root, "articles", "story-07");
        Directory.CreateDirectory(Path.Combine(folder, "photos"));

        var entries = FolderListing.Names(folder).OrderBy(entry => entry.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(["01-first.md", "index.md", "photos"], entries.Select(entry => entry.Name));
        Assert.Equal([false, false, true], entries.Select(entry => entry.IsFolder));
        foreach (var entry in entries.Where(entry => !entry.IsFolder))
        {
            var inode = FileStamp.Of(Path.Combine(folder, entry.Name))!.Value.Inode;
            Assert.Equal(OperatingSystem.IsLinux() ? inode : 0, entry.Inode);
        }

        Assert.Throws<UnauthorizedAccessException>(() => FolderListing.Names(Path.Combine(_root, "no-such-folder")));
    }

    [Fact]
    public void Content_is_loaded_from_the_listing_the_stamp_was_taken_from()
    {
        var listing = new FolderListing();
        var stamp = FolderStamp.Of(_root, FolderStamp.Detail.Full, listing);
        // Saved after the build looked: the next build's stamp differs, and that build loads it.
        Write("articles/story-20/index.md", "---\ntitle: Story 20\ndate: 2024-03-21\n---\nLate.\n");
        Write("articles/story-03/02-second.md", "---\ntitle: Second\n---\nLate as well.\n");

        var content = LoadContent.Run(_root, includeDrafts: false, new DiagnosticBag(), listing: listing);

        Assert.NotNull(content);
        Assert.Equal(20, content.Articles.Count);
        Assert.Single(content.Articles.Single(article => article.Slug == "story-03").Sections);
        Assert.NotEqual(stamp, FolderStamp.Of(_root, FolderStamp.Detail.Full));
        Assert.Equal(21, LoadContent.Run(_root, includeDrafts: false, new DiagnosticBag())!.Articles.Count);
    }

    [Fact]
    public void A_folder_the_listing_had_not_reached_is_listed_when_first_asked_for()
    {
        var listing = new FolderListing();
        var articles = Path.Combine(_root, "articles");

        Assert.Equal(20, listing.Of(articles).Count(entry => entry.Kind == EntryKind.Folder));
        Assert.Same(listing.Of(articles), listing.Of(articles));
        Assert.Equal(EntryKind.Unreadable, Assert.Single(listing.Of(Path.Combine(_root, "missing"))).Kind);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
