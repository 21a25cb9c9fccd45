using Generator.Annotations;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Prose;
using static Generator.Tests.Glossary.TermFactory;

namespace Generator.Tests.Properties;

/// <summary>The smallest inputs that made the properties fail, kept as examples.</summary>
[Trait("Category", "Unit")]
public sealed class AnnotationRegressionTests
{
    private static readonly Term MinskAgreements = Term("minsk", "Minsk agreements");
    private static readonly Term MinskTwo = Term("minsk-2", "Minsk II");

    [Fact]
    public void Tooltip_ids_stay_unique_when_a_term_is_linked_after_an_occurrence_across_emphasis()
    {
        // The first "Minsk agreements" cannot be wrapped (the emphasis starts before it), so the one after it is the
        // term's first link; its id must not be the one the "minsk-2" term's link gets.
        var page = Link("*The Minsk* agreements. Minsk agreements and Minsk II.", MinskAgreements, MinskTwo);

        Assert.Equal(2, page.TermLinks.Count());
        AssertIdsAreUnique(page);
    }

    [Fact]
    public void Tooltip_ids_stay_unique_with_repeated_explicit_links_and_a_slug_ending_in_a_number()
    {
        var page = Link("[The deal](term:minsk) and [the deal](term:minsk) and Minsk II.", MinskAgreements, MinskTwo);

        Assert.Equal(3, page.TermLinks.Count());
        AssertIdsAreUnique(page);
    }

    [Fact]
    public void Term_link_never_holds_the_link_of_a_note_marker()
    {
        var (page, _) = AnchorThenLink("The Minsk agreements held.", "agreements", MinskAgreements);

        Assert.True(page.DeepestLinkNesting() <= 1, "a link inside a link:\n" + page.Html);
        Assert.DoesNotContain(page.TermLinks, link => link.QuerySelector("sup.note-marker") is not null);
    }

    [Fact]
    public void Note_quote_is_not_anchored_inside_a_longer_word()
    {
        var (page, _) = AnchorThenLink("The Radar station. The Rada voted.", "Rada");

        var anchor = page.Page.QuerySelector("mark.note-anchor")!;
        Assert.StartsWith(" voted", anchor.NextSibling!.NextSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_quote_is_anchored_where_it_appears_whole_when_emphasis_cuts_into_an_earlier_occurrence()
    {
        var (page, diagnostics) = AnchorThenLink("Talks on *the Minsk* deal, then the Minsk deal.", "Minsk deal");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Minsk deal", page.Page.QuerySelector("mark.note-anchor")!.TextContent);
    }

    private static RenderedProse Link(string markdown, params Term[] terms) =>
        RenderedProse.Render(markdown, document => LinkGlossaryTerms.Run(document, Index(terms), "section"));

    private static (RenderedProse Page, DiagnosticBag Diagnostics) AnchorThenLink(string markdown, string quote, params Term[] terms)
    {
        var diagnostics = new DiagnosticBag();
        var section = new NotesCase(new LinkingCase(terms, markdown), [quote], 1).Section();
        var page = RenderedProse.Render(markdown, document =>
        {
            var prose = ProseRunCollector.Collect(document);
            AnchorNotes.Run(section, prose, 1, diagnostics);
            LinkGlossaryTerms.Run(document, prose, new LinkingContext(Index(terms), "section"));
        });
        return (page, diagnostics);
    }

    private static void AssertIdsAreUnique(RenderedProse page)
    {
        var ids = page.Page.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        Assert.Equal(ids.Distinct(), ids);
    }
}
