using System.Text;
using Generator.Incremental;

namespace Generator.Tests.Incremental;

/// <summary>The cache's reader gives back every string a <see cref="BinaryWriter"/> wrote, and a cut-off or damaged one fails as damage.</summary>
[Trait("Category", "Unit")]
public sealed class CacheReaderTests
{
    private static MemoryStream Written(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Reads_back_strings_of_every_length_with_the_values_around_them()
    {
        var random = new Random(7);
        // Below, at and far above the framework reader's own buffer, in scripts of one to four UTF-8 bytes a character.
        string[] pieces = ["a", "é", "Київ", "€", "𝄞", "<p>Talks resumed.</p>"];
        var strings = Enumerable.Range(0, 300)
            .Select(index => string.Concat(Enumerable.Range(0, random.Next(0, index * 20)).Select(_ => pieces[random.Next(pieces.Length)])))
            .ToList();
        var stream = Written(writer =>
        {
            foreach (var value in strings)
            {
                writer.Write(value);
                writer.Write(value.Length);
            }
        });

        using var reader = new CacheReader(stream);
        foreach (var value in strings)
        {
            Assert.Equal(value, reader.ReadString());
            Assert.Equal(value.Length, reader.ReadInt32());
        }

        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void A_string_that_runs_past_the_end_of_the_file_is_damage()
    {
        var stream = Written(writer => writer.Write(new string('x', 5000)));
        stream.SetLength(stream.Length - 1);
        using var cut = new CacheReader(stream);
        Assert.IsType<EndOfStreamException>(Record.Exception(cut.ReadString));

        // A length far beyond the file (a damaged one) fails before anything is read for it.
        stream = Written(writer => writer.Write(new string('x', 3 * 1024 * 1024)));
        stream.SetLength(stream.Length - 1);

        using var reader = new CacheReader(stream);
        var failure = Record.Exception(reader.ReadString);

        Assert.IsType<EndOfStreamException>(failure);
        Assert.True(CacheFormat.IsDamage(failure));
    }
}
