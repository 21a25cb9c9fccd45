using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Glossary;

/// <summary>
/// Renders every term's long definition (linking the other terms it mentions, never itself), or takes it from the build
/// cache when nothing it is made from changed, and gathers its back-references from the rendered articles. A term no article or other definition uses is a warning;
/// one that only drafts left out of the build use is a note, since it will be used once they are published.
/// </summary>
public static class RenderGlossary
{
    /// <param name="content">
    /// What was loaded: a term only the drafts left out use is a note, not unused; when a content file had errors (and
    /// may have been left out) no term is reported as unused, since the file may be what uses it.
    /// </param>
    /// <param name="build">The build: its glossary, and the theme whose prose partials and strings of each term's language render its definition.</param>
    public static IReadOnlyList<RenderedTerm> Run(Pipeline.BuildContext build, IReadOnlyList<RenderedArticle> articles, ContentSet content)
    {
        var glossary = build.Glossary;
        var diagnostics = build.Diagnostics;
        var usages = new Dictionary<Term, List<TermUsage>>(ReferenceEqualityComparer.Instance);
        void Use(Term term, TermUsage usage)
        {
            if (!usages.TryGetValue(term, out var list))
            {
                usages[term] = list = [];
            }

            list.Add(usage);
        }

        foreach (var article in articles)
        {
            foreach (var section in article.Sections)
            {
                foreach (var term in section.LinkedTerms.Concat(section.ListedTerms.Values).Distinct(ReferenceEqualityComparer.Instance).Cast<Term>())
                {
                    Use(term, new TermUsage(article.Article, section.Section));
                }
            }

            foreach (var term in article.LinkedOnlyInStandfirst)
            {
                Use(term, new TermUsage(article.Article, null));
            }
        }

        var rendered = new RenderedTerm[glossary.Terms.Count];
        var mentionedInDefinitions = new IReadOnlyList<Term>[glossary.Terms.Count];
        Parallel.For(0, glossary.Terms.Count, index =>
        {
            var term = glossary.Terms[index];
            var (html, mentioned) = build.Incremental?.ReuseDefinition(term, diagnostics) is { } kept
                ? (kept.Html, kept.MentionedSlugs.Select(slug => glossary.Find(slug)!).ToList())
                : Definition(build, term);
            mentionedInDefinitions[index] = mentioned;
            var seeAlso = term.SeeAlso.Select(reference => glossary.Find(reference.Value)).OfType<Term>().ToList();
            rendered[index] = new RenderedTerm(term, html, usages.GetValueOrDefault(term) ?? [], seeAlso);
        });

        var mentioned = mentionedInDefinitions.SelectMany(terms => terms).ToHashSet(ReferenceEqualityComparer.Instance);
        var unused = !content.Complete ? new List<RenderedTerm>() : rendered.Where(t => t.UsedIn.Count == 0 && !mentioned.Contains(t.Term)).ToList();
        var leftOutDrafts = content.LeftOutDrafts;
        var inDrafts = unused.Count == 0 || leftOutDrafts.Count == 0
            ? new Dictionary<Term, List<Article>>(ReferenceEqualityComparer.Instance)
            : DraftsUsing(glossary, leftOutDrafts);
        foreach (var term in unused)
        {
            if (inDrafts.GetValueOrDefault(term.Term) is { } drafts)
            {
                var others = drafts.Count > 1 ? $" (and {drafts.Count - 1} other draft{(drafts.Count > 2 ? "s" : "")})" : "";
                diagnostics.Add(new Diagnostic(Severity.Note, term.Term.Location, $"the glossary term '{term.Term.Name}' is used only in the draft '{drafts[0].Slug}'{others}",
                    "it counts as used once the draft is published; build with --drafts to see it linked."));
                continue;
            }

            diagnostics.Warning(term.Term.Location, $"the glossary term '{term.Term.Name}' is not used in any article",
                "check its spelling against the prose, add an alias for the form the articles use, or remove the term.");
        }

        return rendered;
    }

    /// <summary>
    /// Renders a term's long definition, linking the other terms it mentions, and keeps it for the next build, with
    /// what rendering it reported (reported here as well).
    /// </summary>
    private static (string Html, IReadOnlyList<Term> Mentioned) Definition(Pipeline.BuildContext build, Term term)
    {
        var findings = build.Diagnostics.CreateEmpty();
        var document = MarkdownSetup.Parse(term.Body, build.Site.AllowRawHtml, findings);
        var linking = new LinkingContext(build.Glossary, term.Slug) { OwnTerm = term, Source = term.Body, Diagnostics = findings };
        var mentioned = LinkGlossaryTerms.Run(document, linking);
        var html = MarkdownSetup.ToHtml(document, new ProseMarkup(build.Theme.Prose, build.Strings.Of(term.LanguageOr(build.Site.Language)), findings));
        var found = findings.Sorted();
        build.Diagnostics.AddRange(found);
        build.Incremental?.RememberDefinition(term, html, mentioned, found);
        return (html, mentioned);
    }

    /// <summary>
    /// The drafts each term appears in (in the prose, an explicit <c>term:</c> link, or as a person or place), read
    /// with the matcher from the drafts' text: they are not rendered, and only terms otherwise unused ask.
    /// </summary>
    private static Dictionary<Term, List<Article>> DraftsUsing(GlossaryIndex glossary, IReadOnlyList<Article> drafts)
    {
        var found = new Dictionary<Term, List<Article>>(ReferenceEqualityComparer.Instance);
        foreach (var draft in drafts.OrderBy(draft => draft.Slug, StringComparer.Ordinal))
        {
            var terms = new HashSet<Term>(ReferenceEqualityComparer.Instance);
            foreach (var section in draft.Sections)
            {
                var text = section.Body.Text;
                terms.UnionWith(glossary.Matcher.FindAll(text).Select(match => match.Term));
                terms.UnionWith(glossary.Terms.Where(term => text.Contains($"(term:{term.Slug})", StringComparison.Ordinal)));
                terms.UnionWith(section.People.Concat(section.Places).Select(glossary.FindByName).OfType<Term>());
            }

            foreach (var term in terms)
            {
                if (!found.TryGetValue(term, out var list))
                {
                    found[term] = list = [];
                }

                list.Add(draft);
            }
        }

        return found;
    }
}
