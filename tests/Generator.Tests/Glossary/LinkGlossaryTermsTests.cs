using AngleSharp.Html.Parser;
using Generator.Glossary;
using Generator.Rendering;
using Generator.Tests.Support;
using static Generator.Tests.Glossary.TermFactory;

namespace Generator.Tests.Glossary;

[Trait("Category", "Unit")]
public sealed class LinkGlossaryTermsTests
{
    private static readonly Term Normandy = Term("normandy-format", "Normandy format", "Normandy Four");
    private static readonly Term Minsk = Term("minsk-agreements", "Minsk agreements");
    private static readonly GlossaryIndex Glossary = Index(Normandy, Minsk);

    private static AngleSharp.Html.Dom.IHtmlDocument Link(string markdown)
    {
        var document = MarkdownSetup.Parse(markdown);
        LinkGlossaryTerms.Run(document, Glossary, "scope");
        return new HtmlParser().ParseDocument("<body>" + MarkdownSetup.ToHtml(document, ThemeStrings.English) + "</body>");
    }

    [Fact]
    public void Term_in_prose_becomes_a_link_to_its_entry_with_its_slug()
    {
        var link = Link("Talks in the Normandy format.").QuerySelector("a.term-link")!;

        Assert.Equal("/glossary/normandy-format/", link.GetAttribute("href"));
        Assert.Equal("normandy-format", link.GetAttribute("data-term"));
        Assert.Equal("Normandy format", link.TextContent);
    }

    [Fact]
    public void Link_is_described_by_a_tooltip_holding_the_short_definition()
    {
        var html = Link("Talks in the Normandy format.");
        var link = html.QuerySelector("a.term-link")!;
        var tooltip = html.GetElementById(link.GetAttribute("aria-describedby")!)!;

        Assert.Equal("tooltip", tooltip.GetAttribute("role"));
        Assert.Equal("Definition of Normandy format.", tooltip.TextContent);
        Assert.Null(link.GetAttribute("title"));
        Assert.Empty(tooltip.QuerySelectorAll("a, button, input, [tabindex]"));
    }

    [Fact]
    public void Only_the_first_occurrence_in_a_section_is_linked()
    {
        var links = Link("The Normandy format met.\n\nThe Normandy Four met again.").QuerySelectorAll("a.term-link");

        Assert.Single(links);
    }

    [Fact]
    public void Term_inside_heading_is_not_linked()
    {
        var html = Link("# The Normandy format\n\nText.");

        Assert.Empty(html.QuerySelectorAll("a.term-link"));
    }

    [Fact]
    public void Term_inside_existing_link_is_not_linked()
    {
        var html = Link("See [the Normandy format talks](https://example.org).");

        Assert.Single(html.QuerySelectorAll("a"));
    }

    [Fact]
    public void Term_inside_code_is_not_linked()
    {
        var html = Link("Use `Normandy format` here.\n\n```\nNormandy format\n```\n\n    Normandy format");

        Assert.Empty(html.QuerySelectorAll("a.term-link"));
    }

    [Fact]
    public void Term_after_a_heading_occurrence_is_linked_in_the_prose()
    {
        var html = Link("## Normandy format\n\nThe Normandy format met.");

        var link = Assert.Single(html.QuerySelectorAll("a.term-link"));
        Assert.Equal("P", link.ParentElement!.ParentElement!.TagName);
    }

    [Fact]
    public void Match_may_span_emphasis()
    {
        var html = Link("Kyiv and the *Minsk* agreements.");

        var link = Assert.Single(html.QuerySelectorAll("a.term-link"));
        Assert.Equal("Minsk agreements", link.TextContent);
        Assert.NotNull(link.QuerySelector("em"));
    }

    [Fact]
    public void Emphasis_that_goes_on_past_a_footnote_reference_is_never_taken_into_a_term_link()
    {
        var document = MarkdownSetup.Parse("Talks in the Normandy **format[^1] resumed** today.\n\n[^1]: A note.\n");
        LinkGlossaryTerms.Run(document, Glossary, "scope");
        var html = MarkdownSetup.ToHtml(document, ThemeStrings.English);

        // Read as written: an HTML parser would quietly close the term link at the link nested in it.
        var linkStart = html.IndexOf("class=\"term-link\"", StringComparison.Ordinal);
        var link = linkStart < 0 ? "" : html[linkStart..html.IndexOf("</a>", linkStart, StringComparison.Ordinal)];
        Assert.DoesNotContain("<a", link);
        Assert.DoesNotContain("resumed", link);
    }

    [Theory]
    // The reader sees "Talks1Normandy format": by Unicode's word boundaries, "1Normandy" is one word.
    [InlineData("Talks[^1]Normandy format resumed.\n\n[^1]: A note.\n", 0)]
    [InlineData("Talks[^1] Normandy format resumed.\n\n[^1]: A note.\n", 1)]
    // The reader sees "format't": an apostrophe between letters joins them, which takes two characters past the run's
    // end to see.
    [InlineData("The Normandy format['t](https://example.org) met.", 0)]
    [InlineData("The Normandy format[' talks](https://example.org) met.", 1)]
    public void A_term_is_a_whole_word_as_the_reader_sees_it_beside_links_and_footnote_numbers(string markdown, int links)
    {
        Assert.Equal(links, Link(markdown).QuerySelectorAll("a.term-link").Length);
    }

    [Fact]
    public void Linking_keeps_the_visible_text_unchanged()
    {
        const string markdown = "The *Normandy* format and the Minsk agreements' terms, \"quoted\" -- as NATO's.";
        var plain = new HtmlParser().ParseDocument("<body>" + MarkdownSetup.ToHtml(MarkdownSetup.Parse(markdown), ThemeStrings.English) + "</body>").Body!.TextContent;

        var linked = Link(markdown);
        foreach (var tip in linked.QuerySelectorAll(".term-popup").ToList())
        {
            tip.Remove();
        }

        Assert.Equal(plain, linked.Body!.TextContent);
        Assert.Equal(2, linked.QuerySelectorAll("a.term-link").Length);
    }
}
