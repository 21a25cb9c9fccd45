using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CsCheck;
using Generator.Annotations;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Prose;

namespace Generator.Tests.Properties;

/// <summary>
/// Note anchoring, followed by term linking as a section build runs them, over generated sections and quotes.
/// A failure prints the shrunk case; set CsCheck_Seed to the printed seed to run it again.
/// </summary>
[Trait("Category", "Unit")]
public sealed class NoteAnchoringProperties
{
    private const int Iterations = 500;

    [Fact]
    public void Anchoring_notes_and_linking_terms_never_change_the_visible_text()
    {
        Check(NoteGenerators.QuotesFromTheText, @case =>
        {
            var plain = RenderedProse.Render(@case.Prose.Markdown);
            var (annotated, _, _) = Annotate(@case);

            Assert.Equal(plain.VisibleText(), annotated.VisibleText());
        });
    }

    [Fact]
    public void Linking_over_the_prose_the_anchoring_used_gives_the_page_a_fresh_scan_gives()
    {
        // A section collects its prose once for both steps; the runs must follow the anchors as a new scan would.
        Check(NoteGenerators.QuotesFromTheText, @case =>
        {
            var (shared, _, _) = Annotate(@case);
            var separate = RenderedProse.Render(@case.Prose.Markdown, document =>
            {
                AnchorNotes.Run(@case.Section(), ProseRunCollector.Collect(document), @case.FirstNumber, new DiagnosticBag());
                LinkGlossaryTerms.Run(document, ProseRunCollector.Collect(document), new LinkingContext(new GlossaryIndex(@case.Prose.Terms, new DiagnosticBag()), "section"));
            });

            Assert.Equal(separate.Html, shared.Html);
        });
    }

    [Fact]
    public void Every_note_is_anchored_to_its_quote_or_reported()
    {
        Check(NoteGenerators.QuotesFromTheText, @case =>
        {
            var (annotated, numbered, diagnostics) = Annotate(@case);

            Assert.Equal(@case.Quotes.Count, numbered.Count + diagnostics.Sorted().Count);
            Assert.Equal(Enumerable.Range(@case.FirstNumber, numbered.Count), numbered.Select(note => note.Number));
            foreach (var note in numbered)
            {
                var anchor = annotated.Page.GetElementById(NoteIds.Anchor(note.Number));
                Assert.NotNull(anchor);
                Assert.Equal(Fold(note.Note.Quote), Fold(WithoutMarkers(anchor).TextContent));
            }

            // Each number once, and the markers read in number order, whatever order the notes were written in.
            Assert.Equal(numbered.Select(note => note.Number.ToString(CultureInfo.InvariantCulture)),
                annotated.Page.QuerySelectorAll("sup.note-marker a").Select(marker => marker.TextContent));
            Assert.Empty(annotated.Page.QuerySelectorAll(
                "h1 mark, h2 mark, h3 mark, h4 mark, h5 mark, h6 mark, a mark, code mark, pre mark"));
            var ids = annotated.Page.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
            Assert.Equal(ids.Distinct(), ids);
            Assert.True(annotated.DeepestLinkNesting() <= 1, "a link inside a link:\n" + annotated.Html);
        });
    }

    [Fact]
    public void Quote_of_plain_words_in_a_paragraph_is_always_anchored()
    {
        Check(NoteGenerators.PlainQuote, @case =>
        {
            var (_, numbered, diagnostics) = Annotate(@case);

            Assert.Empty(diagnostics.Sorted());
            Assert.Single(numbered);
        });
    }

    [Fact]
    public void Note_anchor_begins_and_ends_at_word_boundaries()
    {
        Check(NoteGenerators.PlainQuote, @case =>
        {
            var (annotated, _, _) = Annotate(@case);
            var page = (IHtmlDocument)annotated.Page.Clone(deep: true);
            foreach (var marker in page.QuerySelectorAll(".term-popup, sup.note-marker").ToList())
            {
                marker.Remove();
            }

            // An image separates the words around it, as a reader sees it.
            foreach (var image in page.QuerySelectorAll("img").ToList())
            {
                image.Replace(page.CreateTextNode(" "));
            }

            foreach (var anchor in page.QuerySelectorAll("mark.note-anchor"))
            {
                anchor.Before(page.CreateTextNode("\u0001"));
                anchor.After(page.CreateTextNode("\u0002"));
            }

            var marked = page.Body!.TextContent;
            for (var start = marked.IndexOf('\u0001'); start >= 0; start = marked.IndexOf('\u0001', start + 1))
            {
                var end = marked.IndexOf('\u0002', start);
                var anchored = marked[(start + 1)..end].Replace("\u0001", "").Replace("\u0002", "");

                // Judge the edges by Unicode's word boundaries (UAX #29), on the text without the markers.
                var before = marked[..start].Replace("\u0001", "").Replace("\u0002", "");
                var after = marked[(end + 1)..].Replace("\u0001", "").Replace("\u0002", "");
                var text = before + anchored + after;
                Assert.True(WordBoundaries.IsBoundary(text, before.Length),
                    $"the anchor \"{anchored}\" begins inside a word: …{before[Math.Max(0, before.Length - 20)..]}[");
                Assert.True(WordBoundaries.IsBoundary(text, before.Length + anchored.Length),
                    $"the anchor \"{anchored}\" ends inside a word: ]{after[..Math.Min(after.Length, 20)]}…");
            }
        });
    }

    private static void Check(Gen<NotesCase> cases, Action<NotesCase> property) =>
        cases.Sample(property, seed: PropertySeed.ForThisRun, iter: Iterations, print: @case => @case.ToString());

    /// <summary>Anchors the notes, then links the terms, in the order a section is rendered.</summary>
    private static (RenderedProse Page, IReadOnlyList<NumberedNote> Numbered, DiagnosticBag Diagnostics) Annotate(NotesCase @case)
    {
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<NumberedNote> numbered = [];
        var page = RenderedProse.Render(@case.Prose.Markdown, document =>
        {
            var prose = ProseRunCollector.Collect(document);
            numbered = AnchorNotes.Run(@case.Section(), prose, @case.FirstNumber, diagnostics);
            LinkGlossaryTerms.Run(document, prose, new LinkingContext(new GlossaryIndex(@case.Prose.Terms, new DiagnosticBag()), "section"));
        });
        return (page, numbered, diagnostics);
    }

    /// <summary>The anchored words without the markers of notes anchored inside them.</summary>
    private static IElement WithoutMarkers(IElement anchor)
    {
        var copy = (IElement)anchor.Clone(deep: true);
        foreach (var added in copy.QuerySelectorAll(".term-popup, sup.note-marker").ToList())
        {
            added.Remove();
        }

        return copy;
    }

    /// <summary>A quote as the note anchoring compares it: typographic quotes as straight ones, whitespace runs as one space.</summary>
    private static string Fold(string text)
    {
        var straight = text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        return string.Join(' ', straight.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
