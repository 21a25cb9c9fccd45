using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Glossary;

/// <summary>
/// Renders every term's long definition (linking the other terms it mentions, never itself)
/// and gathers its back-references from the rendered articles. A term no article or other definition uses is a warning.
/// </summary>
public static class RenderGlossary
{
    public static IReadOnlyList<RenderedTerm> Run(GlossaryIndex glossary, IReadOnlyList<RenderedArticle> articles, bool allowRawHtml, DiagnosticBag diagnostics)
    {
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
            var document = MarkdownSetup.Parse(term.Body, allowRawHtml, diagnostics);
            var linking = new LinkingContext(glossary, term.Slug) { OwnTerm = term, Source = term.Body, Diagnostics = diagnostics };
            mentionedInDefinitions[index] = LinkGlossaryTerms.Run(document, linking);
            var seeAlso = term.SeeAlso.Select(reference => glossary.Find(reference.Value)).OfType<Term>().ToList();
            rendered[index] = new RenderedTerm(term, MarkdownSetup.ToHtml(document), usages.GetValueOrDefault(term) ?? [], seeAlso);
        });

        var mentioned = mentionedInDefinitions.SelectMany(terms => terms).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var term in rendered.Where(t => t.UsedIn.Count == 0 && !mentioned.Contains(t.Term)))
        {
            diagnostics.Warning(term.Term.Location, $"the glossary term '{term.Term.Name}' is not used in any article",
                "check its spelling against the prose, add an alias for the form the articles use, or remove the term.");
        }

        return rendered;
    }
}
