using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>The whole glossary, indexed once per build: terms A–Z, by slug, and the matcher that finds them in prose.</summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, Term> _bySlug;

    public GlossaryIndex(IReadOnlyList<Term> terms, DiagnosticBag diagnostics)
    {
        Terms = terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        _bySlug = Terms.GroupBy(t => t.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ReportSharedForms(diagnostics);
        Matcher = new TermMatcher(Terms);
    }

    /// <summary>Terms in A–Z order of their names.</summary>
    public IReadOnlyList<Term> Terms { get; }

    public TermMatcher Matcher { get; }

    public Term? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>A name or alias that two terms claim would link readers to the wrong one half the time: an error.</summary>
    private void ReportSharedForms(DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var term in Terms)
        {
            foreach (var form in term.Forms.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = new string(form.Trim().Select(TermMatcher.Fold).ToArray());
                if (owners.TryGetValue(key, out var owner) && !ReferenceEquals(owner, term))
                {
                    diagnostics.Error(term.Location, $"'{form}' is claimed by two glossary terms: '{owner.Name}' ({owner.Location.File}) and '{term.Name}'",
                        "keep the name or alias on one term only, so prose links to one definition.");
                }
                else
                {
                    owners.TryAdd(key, term);
                }
            }
        }
    }
}
