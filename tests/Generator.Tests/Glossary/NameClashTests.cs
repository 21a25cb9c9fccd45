using Generator.Cli;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Glossary;

/// <summary>
/// A name or alias two terms claim is reported at both places: the error at the claim made last (the file being
/// edited), a note at the first claim; the terminal and the preview's overlay show both.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class NameClashTests : IDisposable
{
    private const string NewTerm = "glossary/normandy-four.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Diagnostic ClashAfterWriting(string older, string newer)
    {
        _site.Write(NewTerm, "---\nterm: Normandy four\nshort: The four countries.\n---\nBody.\n");
        File.SetLastWriteTimeUtc(_site.PathOf(older), new DateTime(2022, 2, 14, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(_site.PathOf(newer), new DateTime(2022, 2, 15, 0, 0, 0, DateTimeKind.Utc));
        return TestSite.SingleError(_site.Build());
    }

    [Fact]
    public void A_new_term_named_like_an_alias_is_the_error_and_the_alias_is_the_first_claim()
    {
        var error = ClashAfterWriting(older: "glossary/normandy-format.md", newer: NewTerm);

        Assert.EndsWith("normandy-four.md", error.Location.File);
        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        var related = Assert.IsType<RelatedLocation>(error.Related);
        Assert.EndsWith("normandy-format.md", related.Location.File);
        Assert.Equal(3, related.Location.Line);
        Assert.Equal("'Normandy Four' was first claimed here, by 'Normandy format'", related.Message);
    }

    [Fact]
    public void A_new_alias_equal_to_an_older_terms_name_is_the_error()
    {
        var error = ClashAfterWriting(older: NewTerm, newer: "glossary/normandy-format.md");

        Assert.EndsWith("normandy-format.md", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.EndsWith("normandy-four.md", error.Related!.Location.File);
        Assert.Equal(2, error.Related.Location.Line);
    }

    [Fact]
    public void The_terminal_prints_the_first_claim_as_a_note_with_its_line()
    {
        var error = ClashAfterWriting(older: "glossary/normandy-format.md", newer: NewTerm);
        using var printed = new StringWriter();

        DiagnosticPrinter.Print([error], printed);

        var lines = printed.ToString().Split('\n');
        var note = Array.FindIndex(lines, line => line.EndsWith(":3:11: note: 'Normandy Four' was first claimed here, by 'Normandy format'", StringComparison.Ordinal));
        Assert.True(note > 0, printed.ToString());
        Assert.Equal("  3 | aliases: [Normandy Four]", lines[note + 1]);
        Assert.Equal("    | " + new string(' ', 10) + "^", lines[note + 2]);
        Assert.StartsWith("  hint: keep the name or alias on one term only", lines[note - 1]);
    }
}
