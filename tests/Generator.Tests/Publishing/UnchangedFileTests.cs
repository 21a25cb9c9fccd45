using Generator.Publishing;

namespace Generator.Tests.Publishing;

/// <summary>A file is carried over only when it holds exactly the bytes the build made, however long it is.</summary>
[Trait("Category", "Unit")]
public sealed class UnchangedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generator-unchanged-").FullName;

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<int> Lengths() => [0, 1, 4096, 256 * 1024, (256 * 1024) + 1, 700_001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Holds_exactly_its_bytes_and_no_others(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = Write(bytes);

        Assert.True(UnchangedFile.Holds(path, bytes));
        Assert.False(UnchangedFile.Holds(path, [.. bytes, 0]));
        if (length > 0)
        {
            Assert.False(UnchangedFile.Holds(path, bytes[..^1]));
            foreach (var changed in new[] { 0, length / 2, length - 1 })
            {
                var other = bytes.ToArray();
                other[changed] ^= 0x20;
                Assert.False(UnchangedFile.Holds(path, other));
            }
        }
    }

    [Fact]
    public void A_missing_file_holds_nothing()
    {
        Assert.False(UnchangedFile.Holds(Path.Combine(_folder, "gone.html"), []));
        Assert.False(UnchangedFile.Holds(Path.Combine(_folder, "gone.html"), "<p>x</p>"u8));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
