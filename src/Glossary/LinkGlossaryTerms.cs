using Generator.Prose;
using Markdig.Syntax;

namespace Generator.Glossary;

/// <summary>
/// The term-linking step: finds glossary terms in a document's prose (never in headings, links, code or raw HTML)
/// and links the first occurrence of each term in the document.
/// </summary>
public static class LinkGlossaryTerms
{
    /// <param name="idScope">Makes the definitions' ids unique on a page that shows several documents (e.g. the section slug).</param>
    /// <param name="excluded">The term whose own entry this is; it does not link to itself.</param>
    /// <returns>The terms linked, in order of first appearance.</returns>
    public static IReadOnlyList<Term> Run(MarkdownDocument document, GlossaryIndex glossary, string idScope, Term? excluded = null)
    {
        var linked = new List<Term>();
        var seen = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var chosen = new List<(ProseRun Run, TermMatch Match)>();
        foreach (var run in ProseRunCollector.Collect(document))
        {
            foreach (var match in glossary.Matcher.FindAll(run.Text, excluded))
            {
                if (seen.Add(match.Term))
                {
                    linked.Add(match.Term);
                    chosen.Add((run, match));
                }
            }
        }

        // From the last match to the first, so wrapping one never shifts the text positions of the others.
        var wrapped = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        for (var index = chosen.Count - 1; index >= 0; index--)
        {
            var (run, match) = chosen[index];
            var link = new TermLinkInline(match.Term, $"def-{idScope}-{match.Term.Slug}");
            if (run.Wrap(match.Start, match.End, link))
            {
                wrapped.Add(match.Term);
            }
        }

        return linked.Where(wrapped.Contains).ToList();
    }
}
