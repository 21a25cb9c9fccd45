using System.Text;
using CsCheck;
using Generator.Buffers;
using Generator.Tests.Properties;

namespace Generator.Tests.Buffers;

/// <summary>
/// Pages are encoded to UTF-8 as they are written, into a buffer reused per thread: the bytes must be exactly what
/// encoding the whole text at once gives, however the writes cut it, and nothing may carry over from one page to the next.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ReusedUtf8WriterTests
{
    private static byte[] Bytes<TState>(TState state, Action<TextWriter, TState> write)
    {
        using var html = ReusedUtf8Writer.Write(state, write);
        return html.ToArray();
    }

    [Fact]
    public void Each_write_returns_only_what_it_wrote()
    {
        var first = Bytes("a long first page — with a dash", (writer, text) => writer.Write(text));
        var second = Bytes('x', (writer, character) => writer.Write(character));

        Assert.Equal("a long first page — with a dash", Encoding.UTF8.GetString(first));
        Assert.Equal("x"u8.ToArray(), second);
    }

    [Fact]
    public void A_surrogate_pair_cut_between_two_writes_is_one_character()
    {
        var bytes = Bytes("\U0001F600", (writer, face) =>
        {
            writer.Write(face[0]);
            writer.Write(face[1]);
            writer.Write("!");
        });

        Assert.Equal(Encoding.UTF8.GetBytes("\U0001F600!"), bytes);
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character_as_in_a_whole_string()
    {
        var bytes = Bytes(0, (writer, _) =>
        {
            writer.Write("a\uD800");
            writer.Write("b");
            writer.Write('\uDC00');
            writer.Write("\uD83D");
        });

        Assert.Equal(Encoding.UTF8.GetBytes("a\uD800b\uDC00\uD83D"), bytes);
    }

    [Fact]
    public void Already_encoded_html_is_copied_in_and_written_as_text_elsewhere()
    {
        using var inner = ReusedUtf8Writer.Write(0, (writer, _) => writer.Write("<main>Київ</main>"));

        var page = Bytes(inner, (writer, content) =>
        {
            writer.Write("<body>");
            ReusedUtf8Writer.WriteEncoded(writer, content);
            writer.Write("</body>");
        });
        var text = new StringWriter();
        ReusedUtf8Writer.WriteEncoded(text, inner);

        Assert.Equal("<body><main>Київ</main></body>", Encoding.UTF8.GetString(page));
        Assert.Equal("<main>Київ</main>", text.ToString());
    }

    [Fact]
    public void Encoded_html_longer_than_a_chunk_is_copied_whole()
    {
        var text = string.Concat(Enumerable.Repeat("<p>Київ — Kyjiw</p>", 20_000));
        using var inner = ReusedUtf8Writer.Write(text, (writer, content) => writer.Write(content));

        var page = Bytes(inner, (writer, content) =>
        {
            writer.Write("<main>é");
            ReusedUtf8Writer.WriteEncoded(writer, content);
            writer.Write("</main>");
        });

        Assert.Equal(Encoding.UTF8.GetBytes("<main>é" + text + "</main>"), page);
    }

    [Fact]
    public void Encoded_html_cannot_be_read_once_its_writer_is_let_go()
    {
        var html = ReusedUtf8Writer.Write(0, (writer, _) => writer.Write("<p>x</p>"));
        html.Dispose();
        using var next = ReusedUtf8Writer.Write(0, (writer, _) => writer.Write("<p>the next page</p>"));

        Assert.Throws<ObjectDisposedException>(() => html.ToArray());
        Assert.Equal("<p>the next page</p>"u8.ToArray(), next.ToArray());
    }

    [Fact]
    public void A_write_inside_a_write_gets_a_writer_of_its_own()
    {
        var outer = Bytes(0, (writer, _) =>
        {
            writer.Write("<page>");
            writer.Write(Encoding.UTF8.GetString(Bytes(0, (inner, _) => inner.Write("<section/>"))));
            writer.Write("</page>");
        });

        Assert.Equal("<page><section/></page>", Encoding.UTF8.GetString(outer));
    }

    [Fact]
    public void Any_text_cut_anywhere_encodes_as_the_whole_string_does()
    {
        var units = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['\u00E0', '\u00FF'], Gen.Char['\u0400', '\u04FF'], Gen.Char['\uD800', '\uDFFF'], Gen.Char['\u4E00', '\u4E10']);
        // Repeated up to 500 times, so pages run over the writer's 64 KB chunks, with characters of two and three bytes
        // and surrogate pairs falling on their edges.
        var cases = Gen.Select(units.Array[0, 300], Gen.Int[1, 500], Gen.Int[1, 4000].Array[1, 20],
            (characters, repeat, cuts) => (Text: string.Concat(Enumerable.Repeat(new string(characters), repeat)), Cuts: cuts));

        cases.Sample(@case =>
        {
            var bytes = Bytes(@case, (writer, written) =>
            {
                var position = 0;
                for (var index = 0; position < written.Text.Length; index++)
                {
                    var length = Math.Min(written.Cuts[index % written.Cuts.Length], written.Text.Length - position);
                    if (length == 1)
                    {
                        writer.Write(written.Text[position]);
                    }
                    else
                    {
                        writer.Write(written.Text.AsSpan(position, length));
                    }

                    position += length;
                }
            });

            Assert.Equal(Encoding.UTF8.GetBytes(@case.Text), bytes);
        }, seed: PropertySeed.ForThisRun, iter: 400, print: @case => $"{@case.Text.Length} characters cut at {string.Join(",", @case.Cuts)}");
    }
}
