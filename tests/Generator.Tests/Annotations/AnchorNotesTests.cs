using Generator.Tests.Support;

namespace Generator.Tests.Annotations;

[Trait("Category", "EndToEnd")]
public sealed class AnchorNotesTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Note_quote_is_marked_in_the_prose_and_linked_to_the_note()
    {
        _site.Write("articles/story/01-first.md",
            "---\ntitle: First\nnotes:\n  - quote: \"talks resumed\"\n    text: \"They had stalled in **2019**.\"\n---\nThe talks resumed on \"Monday\".\n");
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        var anchor = page.QuerySelector("mark.note-anchor")!;
        Assert.Equal("talks resumed", anchor.TextContent);
        var marker = anchor.NextElementSibling!.QuerySelector("a")!;
        Assert.Equal("#note-1", marker.GetAttribute("href"));
        var note = page.GetElementById("note-1")!;
        Assert.Equal("ASIDE", note.TagName);
        Assert.Contains("2019", note.QuerySelector("strong")!.TextContent);
        Assert.Equal("#" + anchor.Id, note.QuerySelector(".sidenote-back")!.GetAttribute("href"));

        // The note sits with the paragraph that holds its anchor (before it in the text: the stylesheet floats it
        // beside the paragraph on wide screens and moves it under the paragraph on narrow ones).
        Assert.Same(anchor.Closest("p")!.ParentElement, note.ParentElement);
        Assert.Equal("annotated", note.ParentElement!.ClassName);

        // The printed endnotes list the note too.
        Assert.Contains("2019", page.GetElementById("endnote-1")!.TextContent);
    }

    [Fact]
    public void Quote_with_straight_quotes_matches_typographic_quotes_in_the_prose()
    {
        _site.Write("articles/story/01-first.md",
            "---\ntitle: First\nnotes:\n  - quote: \"the \\\"out of the agenda\\\" line\"\n    text: A note.\n---\nHe used the \"out of the agenda\" line.\n");
        _site.BuildSuccessfully();

        Assert.Equal("the “out of the agenda” line", _site.Page("story/index.html").QuerySelector("mark.note-anchor")!.TextContent);
    }

    [Fact]
    public void Note_numbers_run_through_the_article()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nnotes:\n  - quote: alpha\n    text: One.\n  - quote: beta\n    text: Two.\n---\nalpha beta\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\nnotes:\n  - quote: gamma\n    text: Three.\n---\ngamma\n");
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Equal(["1", "2", "3"], page.QuerySelectorAll("sup.note-marker a").Select(a => a.TextContent));
        Assert.NotNull(page.QuerySelector("#second #note-3"));
    }

    [Fact]
    public void Notes_are_numbered_in_the_order_their_quotes_are_read_not_the_order_they_are_listed()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nnotes:\n  - quote: alpha\n    text: One.\n---\nalpha\n");
        _site.Write("articles/story/02-second.md",
            "---\ntitle: Second\nnotes:\n  - quote: epsilon\n    text: Four.\n  - quote: gamma\n    text: Two.\n  - quote: delta\n    text: Three.\n---\n" +
            "gamma delta\n\nepsilon\n");
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Equal(["alpha", "gamma", "delta", "epsilon"], page.QuerySelectorAll("mark.note-anchor").Select(m => m.TextContent));
        Assert.Equal(["1", "2", "3", "4"], page.QuerySelectorAll("sup.note-marker a").Select(a => a.TextContent));
        // The margin and the phone's buttons, then the printed endnotes, in the same order.
        Assert.Equal(["Note 1", "Note 2", "Note 3", "Note 4"], page.QuerySelectorAll("aside.sidenote button.sidenote-toggle").Select(b => b.TextContent));
        Assert.Equal(["One.", "Two.", "Three.", "Four."], page.QuerySelectorAll("aside.sidenote .sidenote-text > p").Select(p => p.TextContent));
        Assert.Equal(["1", "2", "3", "4"], page.QuerySelectorAll(".notes li").Select(li => li.GetAttribute("value")));
        Assert.Equal(["One.", "Two.", "Three.", "Four."], page.QuerySelectorAll(".notes li .note-text").Select(n => n.TextContent.Trim()));
        Assert.Equal("gamma", page.QuerySelector("#note-anchor-2")!.TextContent);
    }

    [Fact]
    public void Note_anchored_inside_another_is_numbered_first_because_its_marker_is_read_first()
    {
        _site.Write("articles/story/01-first.md",
            "---\ntitle: First\nnotes:\n  - quote: talks resumed on Monday\n    text: Outer.\n  - quote: resumed\n    text: Inner.\n---\nThe talks resumed on Monday.\n");
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Equal(["1", "2"], page.QuerySelectorAll("sup.note-marker a").Select(a => a.TextContent));
        Assert.Equal("resumed", page.QuerySelector("#note-anchor-1")!.TextContent);
        Assert.Equal(["Inner.", "Outer."], page.QuerySelectorAll("aside.sidenote .sidenote-text > p").Select(p => p.TextContent));
    }

    [Fact]
    public void Quote_missing_from_the_section_is_an_error_at_the_note()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nnotes:\n  - quote: alpha\n    text: One.\n  - quote: not here\n    text: Two.\n---\nalpha beta\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(6, error.Location.Line);
        Assert.Contains("\"not here\"", error.Message);
    }
}
