using Generator.Annotations;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Localization;
using Generator.Prose;
using Generator.Revisions;
using Generator.StoryLinks;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Turns every article's Markdown into HTML: the standfirst and each section are parsed once, the section's notes
/// anchored and the glossary terms of both linked; then the article's linked terms are numbered for the printed
/// definitions, and the prose rendered.
/// Articles are independent, so they are processed in parallel.
/// </summary>
public static class RenderArticles
{
    /// <param name="build">The build: its glossary, site settings, theme (each article's prose is rendered with its prose
    /// partials and the strings of the article's language) and, when it has one, its cache (unchanged articles are taken
    /// from it and the others kept in it).</param>
    /// <param name="report">When given, every term occurrence of every section is recorded in it (the glossary report).</param>
    /// <param name="finish">
    /// Called with each article (and its position) as soon as it is rendered; what it returns is kept. The build themes
    /// and writes the article's page there, and keeps the article without its HTML unless the feed needs it.
    /// </param>
    public static IReadOnlyList<RenderedArticle> Run(
        Pipeline.BuildContext build,
        IReadOnlyList<Article> articles,
        GlossaryReport? report = null,
        Func<RenderedArticle, int, RenderedArticle>? finish = null)
    {
        var rendered = new RenderedArticle[articles.Count];
        Parallel.For(0, articles.Count, index =>
        {
            var article = articles[index];
            var result = build.Incremental?.Reuse(article, index, build.Diagnostics)
                ?? Render(article, build.Glossary, build.Site, build.Theme.Prose, build.Strings.Of(article.LanguageOr(build.Site.Language)), build.Diagnostics, report, build.Incremental);
            rendered[index] = finish is null ? result : finish(result, index);
        });
        return rendered;
    }

    /// <summary>
    /// Renders an article again, as it was rendered earlier in the build (its findings were reported then): for a page
    /// that must be made again once the whole site is known, when the article's HTML was not kept.
    /// </summary>
    public static RenderedArticle Again(Pipeline.BuildContext build, Article article)
    {
        var findings = new DiagnosticBag(warningsAreErrors: false);
        var strings = build.Strings.Of(article.LanguageOr(build.Site.Language));
        return RenderArticle(article, build.Glossary, build.Site, new ProseMarkup(build.Theme.Prose, strings, findings), findings, report: null);
    }

    private static RenderedArticle Render(Article article, GlossaryIndex glossary, SiteSettings site, ProsePartials partials, LanguageStrings strings, DiagnosticBag diagnostics, GlossaryReport? report, IncrementalBuild? incremental)
    {
        // The article's own findings are kept with it in the cache, to be reported again when it is reused.
        var findings = diagnostics.CreateEmpty();
        // A prose partial that fails is one of the article's findings, so the article is not kept in the cache.
        var rendered = RenderArticle(article, glossary, site, new ProseMarkup(partials, strings, findings), findings, report);
        var found = findings.Sorted();
        diagnostics.AddRange(found);
        if (!findings.HasErrors)
        {
            incremental?.Remember(rendered, found);
        }

        return rendered;
    }

    private static RenderedArticle RenderArticle(Article article, GlossaryIndex glossary, SiteSettings site, ProseMarkup markup, DiagnosticBag diagnostics, GlossaryReport? report)
    {
        var annotated = new List<(Section Section, MarkdownDocument Document, IReadOnlyList<NumberedNote> Notes, IReadOnlyList<Term> Terms)>();
        var nextNoteNumber = 1;
        var linkedInArticle = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var standfirst = LinkStandfirst(article, glossary, site, linkedInArticle, diagnostics, report);
        var links = standfirst is null ? [] : FindStoryLinks.Run(standfirst, article.Standfirst, article.Slug, sectionSlug: null).ToList();
        foreach (var section in article.Sections)
        {
            var linking = new LinkingContext(glossary, section.Slug)
            {
                Density = site.LinkDensity,
                Rules = section.GlossaryRules,
                LinkedEarlierInArticle = linkedInArticle,
                Source = section.Body,
                Diagnostics = diagnostics,
                Report = report?.For(article, section),
            };
            var document = MarkdownSetup.Parse(section.Body, site.AllowRawHtml, diagnostics);
            ReportUnusedFootnotes(document, section.Body, diagnostics);
            ScopeHeadingIds(document, section.Slug);
            // The prose is collected once: anchoring notes and linking terms both read it, and the runs follow the anchors.
            var prose = ProseRunCollector.Collect(document);
            var notes = AnchorNotes.Run(section, prose, nextNoteNumber, diagnostics);
            nextNoteNumber += notes.Count;
            annotated.Add((section, document, notes, LinkGlossaryTerms.Run(document, prose, linking)));
            links.AddRange(FindStoryLinks.Run(document, section.Body, article.Slug, section.Slug));
        }

        var definitions = NumberDefinitions(annotated.Select(a => a.Document).Prepend(standfirst).OfType<MarkdownDocument>());
        var sections = annotated.Select(a => RenderSection(a.Section, a.Document, a.Notes, a.Terms, glossary, site.AllowRawHtml, markup, diagnostics)).ToList();
        var standfirstHtml = standfirst is null ? "" : MarkdownSetup.ToHtml(standfirst, markup);
        return new RenderedArticle(article, standfirstHtml, sections, definitions, PublishedText.Fingerprint(article, standfirstHtml, sections))
        {
            StandfirstText = standfirst is null ? PlainText.Empty : MarkdownPlainText.Of(standfirst),
            Links = links,
        };
    }

    /// <summary>
    /// The standfirst is the article's first prose: its terms are linked before the sections', under the same density
    /// rule, so a term it links counts as linked earlier in the article (with <c>first-in-article</c>, section 1 does
    /// not link it again; with <c>first-in-section</c> the standfirst is a section of its own).
    /// </summary>
    private static MarkdownDocument? LinkStandfirst(
        Article article, GlossaryIndex glossary, SiteSettings site, HashSet<Term> linkedInArticle, DiagnosticBag diagnostics, GlossaryReport? report)
    {
        if (article.Standfirst.IsEmpty)
        {
            return null;
        }

        // Slugs never contain '_', so this scope cannot meet a section's, and the article's slug keeps the ids unique on
        // the front page, which shows every article's standfirst.
        var linking = new LinkingContext(glossary, $"{article.Slug}_standfirst")
        {
            Density = site.LinkDensity,
            LinkedEarlierInArticle = linkedInArticle,
            Source = article.Standfirst,
            Diagnostics = diagnostics,
            Report = report?.ForStandfirst(article),
        };
        var document = MarkdownSetup.Parse(article.Standfirst, site.AllowRawHtml, diagnostics);
        LinkGlossaryTerms.Run(document, linking);
        return document;
    }

    /// <summary>
    /// Gives each term linked in the article a number, in order of first appearance, and marks every link with it:
    /// in print, where nothing can be hovered, the links show the number and the definitions follow the article.
    /// </summary>
    private static IReadOnlyList<Term> NumberDefinitions(IEnumerable<MarkdownDocument> documents)
    {
        var numbered = new List<Term>();
        var numbers = new Dictionary<Term, int>(ReferenceEqualityComparer.Instance);
        foreach (var link in documents.SelectMany(d => d.Descendants<TermLinkInline>()))
        {
            if (!numbers.TryGetValue(link.Term, out var number))
            {
                numbered.Add(link.Term);
                numbers[link.Term] = number = numbered.Count;
            }

            link.EndnoteNumber = number;
        }

        return numbered;
    }

    private static RenderedSection RenderSection(
        Section section, MarkdownDocument document, IReadOnlyList<NumberedNote> notes, IReadOnlyList<Term> terms, GlossaryIndex glossary, bool allowRawHtml, ProseMarkup markup, DiagnosticBag diagnostics)
    {
        var renderedNotes = notes
            .Select(n => new RenderedNote(n.Number, n.Note.Quote, MarkdownSetup.ToHtml(MarkdownSetup.Parse(n.Note.Text, allowRawHtml, n.Note.Location, diagnostics), markup)))
            .ToList();
        // Read before the notes are placed and the HTML written: the words a reader sees, for search.
        var text = MarkdownPlainText.Of(document);
        PlaceSidenotes.Run(document, renderedNotes.ToDictionary(n => n.Number, n => n.Html));
        var html = ScopeFootnoteIds.Run(MarkdownSetup.ToHtml(document, markup), section.Slug);
        var listed = section.People.Concat(section.Places)
            .Select(name => (Name: name, Term: glossary.FindByName(name)))
            .Where(entry => entry.Term is not null)
            .DistinctBy(entry => entry.Name)
            .ToDictionary(entry => entry.Name, entry => entry.Term!, StringComparer.Ordinal);
        return new RenderedSection(section, html, renderedNotes, terms, listed, WordCount.Of(section.Body.Utf8)) { Text = text };
    }

    /// <summary>Markdown drops a footnote nobody refers to; the editor wrote it to be read, so say so.</summary>
    private static void ReportUnusedFootnotes(MarkdownDocument document, MarkdownSource source, DiagnosticBag diagnostics)
    {
        foreach (var definition in document.Descendants<FootnoteLinkReferenceDefinition>().Where(d => d.Footnote.Order < 0))
        {
            diagnostics.Warning(new SourceLocation(source.File.DisplayPath, source.FirstLine + definition.Line, definition.Column + 1),
                $"the footnote [{definition.Footnote.Label}] is never referred to, so it is not shown",
                $"add [{definition.Footnote.Label}] where the note belongs in the text, or remove the footnote.");
        }
    }

    /// <summary>Headings get ids from their text; prefixing the section's slug keeps them unique on the article page.</summary>
    private static void ScopeHeadingIds(MarkdownDocument document, string scope)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 } id)
            {
                attributes.Id = $"{scope}-{id}";
            }
        }
    }
}
