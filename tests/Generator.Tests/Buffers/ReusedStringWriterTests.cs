using Generator.Buffers;

namespace Generator.Tests.Buffers;

/// <summary>The per-thread writer that sections and pages are rendered into is reused, so nothing may carry over.</summary>
[Trait("Category", "Unit")]
public sealed class ReusedStringWriterTests
{
    [Fact]
    public void Each_write_returns_only_what_it_wrote()
    {
        var first = ReusedStringWriter.Write("a long first page", (writer, text) => writer.Write(text));
        var second = ReusedStringWriter.Write('x', (writer, character) => writer.Write(character));

        Assert.Equal("a long first page", first);
        Assert.Equal("x", second);
    }

    [Fact]
    public void A_write_inside_a_write_gets_a_writer_of_its_own()
    {
        var outer = ReusedStringWriter.Write(0, (writer, _) =>
        {
            writer.Write("<page>");
            writer.Write(ReusedStringWriter.Write(0, (inner, _) => inner.Write("<section/>")));
            writer.Write("</page>");
        });

        Assert.Equal("<page><section/></page>", outer);
    }

    [Fact]
    public void Asynchronous_writes_land_in_order_and_complete_at_once()
    {
        var text = ReusedStringWriter.Write(0, (writer, _) =>
        {
            var writes = new[] { writer.WriteAsync("a"), writer.WriteAsync('b'), writer.WriteAsync("cd".AsMemory()), writer.WriteAsync(['e', 'f'], 0, 2), writer.FlushAsync() };
            Assert.All(writes, write => Assert.True(write.IsCompletedSuccessfully));
        });

        Assert.Equal("abcdef", text);
    }
}
