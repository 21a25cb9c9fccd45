using Generator.Diagnostics;
using Generator.Prose;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>
/// The term-linking step. First turns explicit links (<c>[the talks](term:normandy-format)</c>) into term links, then
/// finds glossary terms in the prose (never in headings, links, code or raw HTML) and links the occurrences the density
/// rule and the section's rules allow.
/// </summary>
public static class LinkGlossaryTerms
{
    /// <summary>Explicit links name a term by its slug with this scheme.</summary>
    public const string TermScheme = "term:";

    /// <summary>Links with the default rules: the first occurrence of each term in the document.</summary>
    public static IReadOnlyList<Term> Run(MarkdownDocument document, GlossaryIndex glossary, string idScope, Term? excluded = null) =>
        Run(document, new LinkingContext(glossary, idScope) { OwnTerm = excluded });

    /// <returns>The terms linked, in order of first appearance.</returns>
    public static IReadOnlyList<Term> Run(MarkdownDocument document, LinkingContext context) =>
        Run(document, ProseRunCollector.Collect(document), context);

    /// <param name="runs">
    /// The document's prose, collected before any annotation (a section shares it with note anchoring, whose anchors
    /// the runs keep track of). Explicit term links were links when it was collected, and stay outside the prose.
    /// </param>
    /// <returns>The terms linked, in order of first appearance.</returns>
    public static IReadOnlyList<Term> Run(MarkdownDocument document, IReadOnlyList<ProseRun> runs, LinkingContext context)
    {
        var (excluded, forced) = ResolveRules(context);
        var linked = new List<Term>();
        var seen = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var counts = new Dictionary<Term, int>(ReferenceEqualityComparer.Instance);

        // Slugs never contain '_' (see Slug), so these ids cannot collide whatever the scope and slug ("minsk" twice
        // and "minsk-2" once). The count only advances for links actually made.
        string IdFor(Term term) => counts.GetValueOrDefault(term) is var made && made == 0
            ? $"def_{context.IdScope}_{term.Slug}"
            : $"def_{context.IdScope}_{term.Slug}_{made + 1}";

        void Made(Term term) => counts[term] = counts.GetValueOrDefault(term) + 1;

        void Record(Term term, string text, int line, TermOutcome outcome) =>
            context.Report?.Add(new TermOccurrence(term, text, (context.Source?.FirstLine ?? 1) + line, outcome));

        foreach (var (link, term) in LinkExplicitTerms(document, context))
        {
            var termLink = new TermLinkInline(term, IdFor(term));
            Made(term);
            link.ReplaceBy(termLink, copyChildren: true);
            Record(term, PlainText(termLink), link.Line, TermOutcome.LinkedExplicitly);
            if (seen.Add(term))
            {
                linked.Add(term);
            }
        }

        foreach (var run in runs)
        {
            foreach (var match in MatchesIn(run, context))
            {
                var outcome = Decide(match.Term, context, seen, excluded, forced);
                if (outcome == TermOutcome.Linked)
                {
                    if (run.Wrap(match.Start, match.End, new TermLinkInline(match.Term, IdFor(match.Term)), mayEncloseAnnotations: false))
                    {
                        Made(match.Term);
                    }
                    else
                    {
                        outcome = TermOutcome.SkippedAcrossMarkup;
                    }
                }

                if (outcome == TermOutcome.Linked && seen.Add(match.Term))
                {
                    linked.Add(match.Term);
                }

                if (context.Report is not null)
                {
                    Record(match.Term, run.Text.Slice(match.Start, match.Length).ToString(), run.Block.Line, outcome);
                }
            }
        }

        if (context.Report is not null)
        {
            ReportClosedContexts(document, context, Record);
        }

        context.LinkedEarlierInArticle.UnionWith(linked);
        return linked;
    }

    /// <summary>Matches in the run's text, judged at its edges by the characters around it (see <see cref="ProseRun.TextInContext"/>).</summary>
    private static IEnumerable<TermMatch> MatchesIn(ProseRun run, LinkingContext context) =>
        context.Glossary.Matcher.FindAll(run.TextInContext, context.OwnTerm)
            .Where(found => found.Start >= ProseRun.ContextLength && found.End <= run.Text.Length + ProseRun.ContextLength)
            .Select(found => found with { Start = found.Start - ProseRun.ContextLength });

    private static TermOutcome Decide(Term term, LinkingContext context, HashSet<Term> linkedHere, HashSet<Term> excluded, HashSet<Term> forced)
    {
        if (excluded.Contains(term))
        {
            return TermOutcome.SkippedExcludedBySection;
        }

        return context.Density switch
        {
            LinkDensity.Every => TermOutcome.Linked,
            _ when linkedHere.Contains(term) => TermOutcome.SkippedByDensity,
            LinkDensity.FirstInArticle when context.LinkedEarlierInArticle.Contains(term) && !forced.Contains(term) => TermOutcome.SkippedByDensity,
            _ => TermOutcome.Linked,
        };
    }

    /// <summary>Resolves the section's exclude and force slugs; an unknown slug is an error where it is written.</summary>
    private static (HashSet<Term> Excluded, HashSet<Term> Forced) ResolveRules(LinkingContext context)
    {
        HashSet<Term> Resolve(IReadOnlyList<LocatedText> slugs, string key)
        {
            var terms = new HashSet<Term>(ReferenceEqualityComparer.Instance);
            foreach (var slug in slugs)
            {
                if (context.Glossary.Find(slug.Value) is { } term)
                {
                    terms.Add(term);
                }
                else
                {
                    context.Diagnostics?.Error(slug.Location, $"glossary.{key} names '{slug.Value}', which is not a glossary term",
                        UnknownSlugHint(context.Glossary, slug.Value));
                }
            }

            return terms;
        }

        return (Resolve(context.Rules.Exclude, "exclude"), Resolve(context.Rules.Force, "force"));
    }

    private static List<(LinkInline Link, Term Term)> LinkExplicitTerms(MarkdownDocument document, LinkingContext context)
    {
        var found = new List<(LinkInline, Term)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is null || !link.Url.StartsWith(TermScheme, StringComparison.Ordinal))
            {
                continue;
            }

            var slug = link.Url[TermScheme.Length..];
            if (context.Glossary.Find(slug) is { } term)
            {
                found.Add((link, term));
            }
            else if (context.Source is { } source)
            {
                // From the span, not Markdig's Line and Column: those are wrong in setext headings and after link
                // reference definitions (found by fuzzing).
                var (line, column) = TextPosition.Of(source.Text, Math.Clamp(link.Span.Start, 0, source.Text.Length));
                context.Diagnostics?.Error(new SourceLocation(source.File.DisplayPath, source.FirstLine + line - 1, column),
                    $"the link names the glossary term '{slug}', which does not exist", UnknownSlugHint(context.Glossary, slug));
            }
        }

        return found;
    }

    private static string UnknownSlugHint(GlossaryIndex glossary, string slug)
    {
        var closest = Content.FrontMatter.KeySuggestion.Closest(slug, glossary.Terms.Select(t => t.Slug));
        return closest is null
            ? "a term's slug is its file name in input/glossary/ without .md."
            : $"did you mean '{closest}'? A term's slug is its file name in input/glossary/ without .md.";
    }

    /// <summary>For the report: terms that appear where linking never looks (headings, links, code), and why they stay unlinked.</summary>
    private static void ReportClosedContexts(MarkdownDocument document, LinkingContext context, Action<Term, string, int, TermOutcome> record)
    {
        void Scan(string text, int line, TermOutcome outcome)
        {
            foreach (var match in context.Glossary.Matcher.FindAll(text, context.OwnTerm))
            {
                record(match.Term, text.Substring(match.Start, match.Length), line, outcome);
            }
        }

        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock { Inline: { } heading }:
                    Scan(PlainText(heading), block.Line, TermOutcome.SkippedInHeading);
                    break;
                case CodeBlock code:
                    Scan(code.Lines.ToString(), block.Line, TermOutcome.SkippedInCode);
                    break;
                case { Inline: { } inline }:
                    foreach (var link in inline.Descendants<LinkInline>())
                    {
                        Scan(PlainText(link), block.Line, TermOutcome.SkippedInLink);
                    }

                    foreach (var code in inline.Descendants<CodeInline>())
                    {
                        Scan(code.Content, block.Line, TermOutcome.SkippedInCode);
                    }

                    break;
            }
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}
