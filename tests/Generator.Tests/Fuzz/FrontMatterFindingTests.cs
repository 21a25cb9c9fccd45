using System.Text;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Tests.Fuzz;

/// <summary>
/// What the front-matter fuzzer found, as behaviour: each input used to escape as an exception or to be reported
/// outside the file. The inputs themselves are replayed from Regressions/front-matter/ by <see cref="FuzzReplayTests"/>.
/// </summary>
[Trait("Category", "Unit")]
public sealed class FrontMatterFindingTests
{
    private const string SiteFile = "input/site.yml";

    private static Diagnostic SingleErrorReading(string siteYaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteSettingsReader.Read(new SourceFile(SiteFile, SiteFile, siteYaml), diagnostics));
        return Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Tag_that_is_not_a_valid_uri_is_an_error_at_the_tag()
    {
        var error = SingleErrorReading("title: Desk\ndescription: { !!a[b: c }\n");

        Assert.Equal((2, 16), (error.Location.Line, error.Location.Column));
        Assert.Equal("front matter has a YAML tag that is not valid", error.Message);
        Assert.Contains("remove the tag", error.Hint);
    }

    [Fact]
    public void Unicode_escape_beyond_the_signed_range_is_an_error_at_the_escape()
    {
        var error = SingleErrorReading("title: Desk\ndescription: \"News \\UFFFFFFFF\"\n");

        Assert.Equal((2, 20), (error.Location.Line, error.Location.Column));
        Assert.Equal("front matter has a '\\U' escape that is not a Unicode character", error.Message);
    }

    [Fact]
    public void Colon_without_a_key_is_an_error_at_the_missing_key()
    {
        var diagnostics = new DiagnosticBag();
        SiteSettingsReader.Read(new SourceFile(SiteFile, SiteFile, "title: Desk\npublisher:\n   : The Desk\n"), diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Message.Contains("':'"));
        Assert.Equal("front matter is not valid YAML: a ':' has no key before it", error.Message);
        Assert.Equal((3, 5), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Error_at_the_end_of_a_file_without_a_final_newline_is_on_its_last_line()
    {
        var error = SingleErrorReading("title: [Desk");

        Assert.Equal(1, error.Location.Line);
        Assert.InRange(error.Location.Column, 1, "title: [Desk".Length + 1);
    }

    [Fact]
    public void Missing_key_of_a_file_that_is_only_a_fence_is_on_its_only_line()
    {
        var error = SingleErrorReading("---");

        Assert.Equal((1, 4), (error.Location.Line, error.Location.Column));
        Assert.Contains("missing the required key 'title'", error.Message);
    }

    [Fact]
    public void Line_separator_in_front_matter_does_not_start_a_new_line_of_the_file()
    {
        // YamlDotNet breaks lines at U+2028, editors do not: the error is on line 1, where "and more" is shown.
        var error = SingleErrorReading("title: Desk\u2028and more\nlanguage: en\n");

        Assert.Equal((1, 13), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("front matter is not valid YAML", error.Message);
    }

    [Fact]
    public void Invalid_utf8_after_carriage_return_line_endings_is_located_on_its_line()
    {
        var diagnostics = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("title: Desk\rdescription: Caf").Append((byte)0xE9).ToArray();

        Assert.Null(SourceFileReader.Decode(bytes, SiteFile, SiteFile, diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((2, 17), (error.Location.Line, error.Location.Column));
        Assert.Contains("byte offset 28", error.Message);
    }
}
