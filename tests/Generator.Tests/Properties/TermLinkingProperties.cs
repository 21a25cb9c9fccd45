using CsCheck;
using Generator.Diagnostics;
using Generator.Glossary;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Tests.Properties;

/// <summary>
/// Term linking over generated glossaries and generated prose. A failure prints the shrunk case as a glossary and a
/// Markdown literal; set CsCheck_Seed to the printed seed to run it again.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TermLinkingProperties
{
    private const int Iterations = 1000;
    private const string IdScope = "section";

    private static readonly Gen<LinkingCase> Cases = ProseGenerators.Cases();

    [Fact]
    public void Linking_never_changes_the_visible_text()
    {
        Check(Cases, @case =>
        {
            var plain = RenderedProse.Render(@case.Markdown);
            var linked = Link(@case);

            Assert.Equal(plain.VisibleText(), linked.VisibleText());
        });
    }

    [Fact]
    public void Term_links_are_never_nested()
    {
        Check(Cases, @case =>
        {
            var linked = Link(@case);

            Assert.True(linked.DeepestLinkNesting() <= 1, "a link inside a link:\n" + linked.Html);
            Assert.Empty(linked.Page.QuerySelectorAll(".term .term"));
            Assert.DoesNotContain(linked.Tree.Descendants<TermLinkInline>(),
                link => Ancestors(link).Any(ancestor => ancestor is TermLinkInline or LinkInline));
        });
    }

    [Fact]
    public void Terms_are_never_linked_in_headings_code_links_or_image_descriptions()
    {
        Check(Cases, @case =>
        {
            var plain = RenderedProse.Render(@case.Markdown);
            var linked = Link(@case);

            Assert.Empty(linked.Page.QuerySelectorAll(
                "h1 .term, h2 .term, h3 .term, h4 .term, h5 .term, h6 .term, code .term, pre .term, a .term"));
            Assert.All(linked.TermLinkDepths(), depth => Assert.Equal(1, depth));
            Assert.Equal(plain.Page.Images.Select(image => image.AlternativeText), linked.Page.Images.Select(image => image.AlternativeText));
            foreach (var link in linked.Tree.Descendants<TermLinkInline>())
            {
                var root = (ContainerInline)Ancestors(link).Last();
                Assert.False(root.ParentBlock is HeadingBlock or CodeBlock, "a term linked in a heading or code block");
                Assert.DoesNotContain(Ancestors(link), ancestor => ancestor is LinkInline { IsImage: true });
            }
        });
    }

    [Fact]
    public void Each_term_is_linked_at_most_once_in_a_document()
    {
        Check(Cases, @case =>
        {
            var slugs = Link(@case).TermLinks.Select(link => link.GetAttribute("data-term")).ToList();

            Assert.Equal(slugs.Distinct(), slugs);
        });
    }

    [Fact]
    public void Linked_words_are_a_form_of_the_linked_term()
    {
        Check(Cases, @case =>
        {
            foreach (var link in Link(@case).TermLinks)
            {
                var term = @case.Terms.Single(term => term.Slug == link.GetAttribute("data-term"));
                var forms = term.Forms.Select(form => Normalise(form, term.CaseSensitive)).ToList();

                Assert.Contains(Normalise(link.TextContent, term.CaseSensitive), forms);
            }
        });
    }

    [Fact]
    public void Every_definition_id_is_unique_and_describes_its_link()
    {
        Check(Cases, @case =>
        {
            var page = Link(@case).Page;

            foreach (var link in page.QuerySelectorAll("a.term-link"))
            {
                var tooltip = page.GetElementById(link.GetAttribute("aria-describedby")!);
                Assert.NotNull(tooltip);
                Assert.Equal("tooltip", tooltip.GetAttribute("role"));
            }

            var ids = page.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
            Assert.Equal(ids.Distinct(), ids);
        });
    }

    [Fact]
    public void Run_returns_the_linked_terms_in_reading_order()
    {
        Check(Cases, @case =>
        {
            IReadOnlyList<Term> returned = [];
            var linked = RenderedProse.Render(@case.Markdown,
                document => returned = LinkGlossaryTerms.Run(document, new GlossaryIndex(@case.Terms, new DiagnosticBag()), IdScope));

            Assert.Equal(linked.TermLinks.Select(link => link.GetAttribute("data-term")), returned.Select(term => term.Slug));
        });
    }

    [Fact]
    public void A_term_written_as_plain_words_in_a_paragraph_is_linked()
    {
        var cases =
            from terms in ProseGenerators.Glossary
            from index in Gen.Int[0, 4]
            let term = terms[index % terms.Count]
            from form in ProseGenerators.FormOf(term)
            from document in ProseGenerators.Document(terms)
            from position in Gen.Int[0, 1]
            let plain = "The " + form + " met."
            select (Term: term, Case: new LinkingCase(terms, position == 0 ? plain + "\n\n" + document : document + "\n\n" + plain));

        cases.Sample(generated =>
        {
            var slugs = Link(generated.Case).TermLinks.Select(link => link.GetAttribute("data-term"));

            Assert.Contains(generated.Term.Slug, slugs);
        }, seed: PropertySeed.ForThisRun, iter: Iterations, print: generated => $"expected {generated.Term.Slug} linked in {generated.Case}");
    }

    [Fact]
    public void Explicit_term_links_keep_the_text_and_ids_unique_and_never_nest()
    {
        Check(ProseGenerators.Cases(explicitTermLinks: true), @case =>
        {
            var plain = RenderedProse.Render(@case.Markdown);
            var linked = Link(@case);

            Assert.Equal(plain.VisibleText(), linked.VisibleText());
            Assert.True(linked.DeepestLinkNesting() <= 1, "a link inside a link:\n" + linked.Html);
            var ids = linked.Page.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
            Assert.Equal(ids.Distinct(), ids);
            Assert.All(linked.TermLinks, link => Assert.NotNull(linked.Page.GetElementById(link.GetAttribute("aria-describedby")!)));
        });
    }

    private static void Check(Gen<LinkingCase> cases, Action<LinkingCase> property) =>
        cases.Sample(property, seed: PropertySeed.ForThisRun, iter: Iterations, print: @case => @case.ToString());

    private static RenderedProse Link(LinkingCase @case) =>
        RenderedProse.Render(@case.Markdown,
            document => LinkGlossaryTerms.Run(document, new GlossaryIndex(@case.Terms, new DiagnosticBag()), IdScope));

    private static IEnumerable<Inline> Ancestors(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    /// <summary>Words as a reader would compare them: apostrophes and hyphens of any shape alike, whitespace runs as one space.</summary>
    private static string Normalise(string text, bool caseSensitive)
    {
        var folded = string.Concat(text.Select(character => character switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' => '-',
            _ => caseSensitive ? character : char.ToLowerInvariant(character),
        }));
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
