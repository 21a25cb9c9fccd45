using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>Broken front matter gives one clear, located message per problem, and the build writes nothing.</summary>
[Trait("Category", "EndToEnd")]
public sealed class FrontMatterErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Diagnostic ErrorFor(string sectionText)
    {
        _site.Write("articles/story/01-first.md", sectionText);
        return TestSite.SingleError(_site.Build());
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab_in_the_file()
    {
        var error = ErrorFor("---\ntitle: First\nphoto:\n\tcaption: A caption\n---\nText.\n");

        Assert.EndsWith("01-first.md", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal(1, error.Location.Column);
        Assert.Contains("tab", error.Message);
        Assert.Contains("spaces", error.Hint);
    }

    [Fact]
    public void Unclosed_quote_is_reported_where_the_quote_opens()
    {
        var error = ErrorFor("---\ntitle: First\ndateline: \"KYIV\npeople: [A]\n---\nText.\n");

        Assert.Equal(3, error.Location.Line);
        Assert.Equal(11, error.Location.Column);
        Assert.Contains("quote", error.Hint);
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_the_closest_known_key()
    {
        var error = ErrorFor("---\ntitle: First\ndatelin: KYIV\n---\nText.\n");

        Assert.Equal((3, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("unknown key 'datelin'", error.Message);
        Assert.Contains("did you mean 'dateline'?", error.Hint);
    }

    [Fact]
    public void Missing_title_is_reported_in_the_front_matter()
    {
        var error = ErrorFor("---\ndateline: KYIV\n---\nText.\n");

        Assert.Contains("missing the required key 'title'", error.Message);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Unknown_key_in_a_nested_mapping_is_located_and_suggested()
    {
        var error = ErrorFor("---\ntitle: First\nphoto:\n  caption: A\n  credti: AFP\n---\nText.\n");

        Assert.Equal((5, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'credit'?", error.Hint);
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var error = ErrorFor("---\ntitle: First\norder: second\n---\nText.\n");

        Assert.Equal((3, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains("'order' must be a whole number", error.Message);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        var error = ErrorFor("---\ntitle: First\ntitle: Second\n---\nText.\n");

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("written twice", error.Message);
    }

    [Fact]
    public void Missing_closing_fence_is_an_error()
    {
        var error = ErrorFor("---\ntitle: First\nText without a closing fence.\n");

        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Front_matter_not_at_the_top_is_an_error_that_says_so()
    {
        var error = ErrorFor("\nSome text\n---\ntitle: First\n---\n");

        Assert.Contains("does not start with front matter", error.Message);
        Assert.Contains("line 3", error.Hint);
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var error = ErrorFor("");

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Yaml_alias_is_refused()
    {
        var error = ErrorFor("---\ntitle: &t First\ndateline: *t\n---\nText.\n");

        Assert.Contains("alias", error.Message);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40));
        var error = ErrorFor($"---\ntitle: First\npeople: {nested}\n---\nText.\n");

        Assert.Contains("nested more than", error.Message);
    }

    [Fact]
    public void Every_problem_of_a_build_is_reported_together()
    {
        _site.Write("articles/story/01-first.md", "---\ntitel: First\n---\nText.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\norder: x\n---\nText.\n");
        _site.Write("glossary/nato.md", "---\nterm: NATO\n---\nNo short.\n");

        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message).ToList();
        Assert.Contains(errors, m => m.Contains("unknown key 'titel'"));
        Assert.Contains(errors, m => m.Contains("missing the required key 'title'"));
        Assert.Contains(errors, m => m.Contains("'order' must be a whole number"));
        Assert.Contains(errors, m => m.Contains("missing the required key 'short'"));
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_work()
    {
        var text = "\uFEFF---\r\ntitle: First\r\ndatelin: KYIV\r\n---\r\nText.\r\n";
        var error = ErrorFor(text);

        Assert.Equal((3, 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Carriage_return_line_endings_work()
    {
        _site.Write("articles/story/01-first.md", "---\rtitle: First\r---\rThe Normandy format met.\r");

        _site.BuildSuccessfully();
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        _site.WriteBytes("articles/story/01-first.md", bytes);

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("byte offset 14", error.Message);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Duplicate_section_orders_are_an_error()
    {
        _site.Write("articles/story/01-second.md", "---\ntitle: Second\n---\nText.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("same number '1'", error.Message);
    }

    [Fact]
    public void Section_slugs_differing_only_by_case_are_an_error()
    {
        _site.Write("articles/story/02-First.md", "---\ntitle: Second\n---\nText.\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("same address 'first'", error.Message);
    }

    [Fact]
    public void Script_urls_are_refused()
    {
        var error = ErrorFor("---\ntitle: First\nrelated:\n  - title: Click\n    url: javascript:alert(1)\n---\nText.\n");

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("http(s) address or a path", error.Message);
    }

    [Fact]
    public void Photo_with_src_requires_alt()
    {
        var error = ErrorFor("---\ntitle: First\nphoto:\n  src: /assets/a.jpg\n  caption: A\n---\nText.\n");

        Assert.Contains("no 'alt'", error.Message);
    }
}
