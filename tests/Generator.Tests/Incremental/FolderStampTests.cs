using Generator.Incremental;

namespace Generator.Tests.Incremental;

/// <summary>A folder's stamp moves with every file added, removed, renamed or written anywhere below it, and with nothing else.</summary>
[Trait("Category", "Unit")]
public sealed class FolderStampTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));

    public FolderStampTests()
    {
        // Enough sub-folders that they are stamped in parallel, each with a file and a hidden one.
        for (var index = 0; index < 40; index++)
        {
            Write($"articles/story-{index:00}/index.md", $"---\ntitle: Story {index}\n---\n");
            Write($"articles/story-{index:00}/.draft.swp", "x");
        }

        Write("site.yml", "title: Desk\n");
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Stamp() => FolderStamp.Of(_root, FolderStamp.Detail.Full);

    [Fact]
    public void Stays_the_same_while_nothing_changes_and_reads_no_file()
    {
        var before = Stamp();
        var file = Path.Combine(_root, "articles", "story-07", "index.md");
        var accessed = File.GetLastAccessTimeUtc(file);

        Assert.Equal(before, Stamp());
        Assert.Equal(before, FolderStamp.Of(_root + Path.DirectorySeparatorChar, FolderStamp.Detail.Full));
        Assert.Equal(accessed, File.GetLastAccessTimeUtc(file));
    }

    public static TheoryData<string> Changes() =>
    [
        "write a file deep down",
        "same size, write time set back",
        "add a hidden file",
        "add an empty folder",
        "remove a file",
        "rename a file",
        "rename a folder",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Moves_with_every_change_below_the_folder(string change)
    {
        var before = Stamp();
        var file = Path.Combine(_root, "articles", "story-23", "index.md");
        switch (change)
        {
            case "write a file deep down":
                File.AppendAllText(file, "More.\n");
                break;
            case "same size, write time set back":
                var written = File.GetLastWriteTimeUtc(file);
                File.WriteAllText(file, File.ReadAllText(file).Replace("Story", "STORY", StringComparison.Ordinal));
                File.SetLastWriteTimeUtc(file, written);
                break;
            case "add a hidden file":
                Write("articles/story-23/.index.md.swp", "x");
                break;
            case "add an empty folder":
                Directory.CreateDirectory(Path.Combine(_root, "articles", "story-99"));
                break;
            case "remove a file":
                File.Delete(file);
                break;
            case "rename a file":
                File.Move(file, Path.Combine(_root, "articles", "story-23", "01-first.md"));
                break;
            case "rename a folder":
                Directory.Move(Path.Combine(_root, "articles", "story-23"), Path.Combine(_root, "articles", "story-x"));
                break;
        }

        Assert.NotEqual(before, Stamp());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Without_change_times_a_change_of_metadata_alone_does_not_move_it_and_a_write_does()
    {
        var before = FolderStamp.Of(_root, FolderStamp.Detail.WithoutChangeTime);
        var fullBefore = Stamp();
        var file = Path.Combine(_root, "site.yml");
        // Like removing the replaced site, which moves the link count of the new one's files, a permission change moves
        // only the change time.
        File.SetUnixFileMode(file, File.GetUnixFileMode(file) ^ UnixFileMode.OtherRead);

        Assert.NotEqual(fullBefore, Stamp());
        Assert.Equal(before, FolderStamp.Of(_root, FolderStamp.Detail.WithoutChangeTime));
        File.AppendAllText(file, "language: en\n");
        Assert.NotEqual(before, FolderStamp.Of(_root, FolderStamp.Detail.WithoutChangeTime));
    }

    [Fact]
    public void A_missing_folder_has_a_stamp_of_its_own()
    {
        var missing = Path.Combine(_root, "theme");

        Assert.NotEqual(FolderStamp.Of(missing, FolderStamp.Detail.Full), FolderStamp.Of(Path.Combine(_root, "articles"), FolderStamp.Detail.Full));
        Directory.CreateDirectory(missing);
        Assert.NotEqual(Fingerprint.Of("no folder"), FolderStamp.Of(missing, FolderStamp.Detail.Full));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
