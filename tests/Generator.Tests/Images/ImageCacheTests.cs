using Generator.Images;

namespace Generator.Tests.Images;

/// <summary>
/// An image cache entry is found while its files are the ones stored: by their stamps while those stand, by their bytes
/// once a stamp moved; a file whose bytes changed or that is gone makes the entry be made again.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ImageCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));
    private readonly ImageCache _cache;
    private readonly string _entry;

    public ImageCacheTests()
    {
        _cache = new ImageCache(_folder);
        _entry = _cache.Store("key", into =>
        {
            File.WriteAllBytes(Path.Combine(into, "card.png"), [1, 2, 3, 4, 5]);
            return true;
        })!;
    }

    private string Card => Path.Combine(_entry, "card.png");

    private string? Find() => _cache.Find("key", ["card.png"]);

    [Fact]
    public void An_entry_whose_files_are_as_stored_is_found()
    {
        Assert.Equal(_entry, Find());
    }

    [Fact]
    public void A_file_whose_stamp_moved_but_whose_bytes_are_the_same_is_still_found()
    {
        File.SetLastWriteTimeUtc(Card, DateTime.UtcNow.AddMinutes(5));

        Assert.Equal(_entry, Find());
    }

    [Fact]
    public void A_file_rewritten_with_other_bytes_of_the_same_length_is_not_found()
    {
        File.WriteAllBytes(Card, [5, 4, 3, 2, 1]);
        File.SetLastWriteTimeUtc(Card, DateTime.UtcNow.AddMinutes(5));

        Assert.Null(Find());
    }

    [Fact]
    public void A_cut_off_or_missing_file_is_not_found()
    {
        File.WriteAllBytes(Card, [1, 2]);
        Assert.Null(Find());

        File.Delete(Card);
        Assert.Null(Find());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
