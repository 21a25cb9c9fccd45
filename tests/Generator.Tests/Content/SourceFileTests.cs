using System.Text;
using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Tests.Content;

/// <summary>
/// Content files are kept as UTF-8 and scanned without decoding: the byte-level checks must agree with what the
/// text says, character for character.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SourceFileTests
{
    private static SourceFile? Decode(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SourceFileReader.Decode(byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes, "a.md", "/a.md", new DiagnosticBag());
    }

    [Theory]
    [InlineData("a\r\nb\rc\n", "a\nb\nc\n", false)]
    [InlineData("plain\n", "plain\n", true)]
    [InlineData("é – “quoted” €\n", "é – “quoted” €\n", true)]
    public void Line_endings_are_normalised_and_the_byte_order_mark_removed(string written, string read, bool byteOrderMark)
    {
        var file = Decode(written, byteOrderMark)!;

        Assert.Equal(read, file.Text);
        Assert.Equal(Encoding.UTF8.GetBytes(read), file.Utf8.ToArray());
    }

    [Theory]
    [InlineData('\u0001', 2, 2)]
    [InlineData('\u007F', 2, 2)]
    [InlineData('\u0085', 2, 2)] // C1 "next line": C2 85 in UTF-8, after the two bytes of é
    [InlineData('\u009F', 2, 2)]
    [InlineData('\uFFFE', 2, 2)]
    [InlineData('\uFFFF', 2, 2)]
    public void A_control_character_is_found_in_the_bytes_and_reported_at_its_character(char control, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("a.md", "/a.md", $"Ünïcode first line\né{control}x\n");

        Assert.Null(ControlCharacters.Refuse(file, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains($"U+{(int)control:X4}", error.Message);
    }

    [Theory]
    [InlineData("a\u0085b\u0001c\uFFFE", '\u0085', 2)]
    [InlineData("a\uFFFFb\u0085c\u0001", '\uFFFF', 2)]
    [InlineData("a\u0001b\uFFFEc\u0085", '\u0001', 2)]
    public void Of_several_control_characters_the_first_in_the_file_is_reported(string text, char first, int column)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ControlCharacters.Refuse(new SourceFile("a.md", "/a.md", text), diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(column, error.Location.Column);
        Assert.Contains($"U+{(int)first:X4}", error.Message);
    }

    [Theory]
    [InlineData("tab\tand\nnew lines\n")]
    [InlineData("no-break\u00A0space (C2 A0), Â (C3 82), € (E2 82 AC)\n")]
    [InlineData("replacement \uFFFD and zero-width no-break \uFEFF (EF BF BD, EF BB BF)\n")]
    [InlineData("ends with the lead byte of a C1 control: \u00C2")]
    public void Characters_that_share_lead_bytes_with_control_characters_are_kept(string text)
    {
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(ControlCharacters.Refuse(new SourceFile("a.md", "/a.md", text), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\nmore\n", 4, "Body\nmore\n")]
    [InlineData("---   \ntitle: A\n--- \u00A0\nBody\n", 4, "Body\n")]
    [InlineData("---\ntitle: A\n...\nBody", 4, "Body")]
    [InlineData("---\ntitle: A\n---", 4, "")]
    [InlineData("---\ntitle: A\n---\n", 4, "")]
    [InlineData("---\n---\nBody\n", 3, "Body\n")]
    public void The_body_is_the_lines_after_the_closing_fence(string text, int firstLine, string body)
    {
        var file = new SourceFile("a.md", "/a.md", text);
        var block = FrontMatterBlock.Split(file, new DiagnosticBag())!;

        Assert.Equal(firstLine, block.BodyFirstLine);
        Assert.Equal(body, new MarkdownSource(file, block.BodyFirstLine).Text);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("  \n\u00A0\n", "the file is empty")]
    [InlineData("title: A\n---\n", "does not start with front matter")]
    [InlineData("---\ntitle: A\n", "never closed")]
    [InlineData("--- x\ntitle: A\n---\n", "does not start with front matter")]
    public void A_file_without_usable_front_matter_is_reported(string text, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(FrontMatterBlock.Split(new SourceFile("a.md", "/a.md", text), diagnostics));
        Assert.Contains(message, Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void A_released_file_is_read_again_when_asked_for_and_refuses_text_that_is_no_longer_the_same()
    {
        var path = Path.Combine(Path.GetTempPath(), $"released-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(path, "---\ntitle: A\n---\nProse.\n");
            var file = SourceFileReader.Read(path, new DiagnosticBag())!;

            file.Release();

            Assert.Equal("Prose.\n", file.TextFromLine(4));
            file.Release();
            File.WriteAllText(path, "---\ntitle: A\n---\nOther prose.\n");
            Assert.Throws<SourceFileChangedException>(() => file.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
