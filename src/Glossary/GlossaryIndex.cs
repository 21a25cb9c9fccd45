using Generator.Diagnostics;

namespace Generator.Glossary;

/// <summary>
/// The whole glossary, indexed once per build: terms A–Z, by slug, by name or alias, and the matcher that finds them in prose.
/// </summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, Term> _bySlug;
    private readonly Dictionary<string, Term> _byForm = new(StringComparer.Ordinal);

    public GlossaryIndex(IReadOnlyList<Term> terms, DiagnosticBag diagnostics)
    {
        Terms = terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        _bySlug = Terms.GroupBy(t => t.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IndexForms(diagnostics);
        CheckSeeAlso(diagnostics);
        Matcher = new TermMatcher(Terms);
    }

    /// <summary>Terms in A–Z order of their names.</summary>
    public IReadOnlyList<Term> Terms { get; }

    public TermMatcher Matcher { get; }

    public Term? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The term whose name or alias is exactly <paramref name="name"/> (ignoring case), e.g. a person listed in a section.</summary>
    public Term? FindByName(string name) => _byForm.GetValueOrDefault(Fold(name));

    /// <summary>
    /// Files every name and alias; one that two terms claim would link readers to the wrong definition half the time,
    /// so it is an error.
    /// </summary>
    private void IndexForms(DiagnosticBag diagnostics)
    {
        // Names are filed before aliases and plurals, so a collision between a name and an alias is found at the alias.
        var names = Terms.Select(term => (Term: term, Form: term.Name));
        var others = Terms.SelectMany(term => term.Forms.Skip(1).Select(form => (Term: term, Form: form)));
        var claimedBy = new Dictionary<string, (Term Term, string Form)>(StringComparer.Ordinal);
        foreach (var (term, form) in names.Concat(others))
        {
            var key = Fold(form);
            if (!claimedBy.TryGetValue(key, out var first))
            {
                claimedBy[key] = (term, form);
                _byForm[key] = term;
                continue;
            }

            if (ReferenceEquals(first.Term, term))
            {
                continue;
            }

            // Both places are shown; the claim made last (the file changed most recently, the one being edited) is the
            // error, the other the note. When the files' times do not tell, an alias is the likelier slip than a name.
            var (earlier, later) = (ChangedAt(first.Term), ChangedAt(term));
            var firstIsTheClaim = earlier != later ? earlier > later : first.Form != first.Term.Name;
            var (claimant, claimed, holder, held) = firstIsTheClaim ? (first.Term, first.Form, term, form) : (term, form, first.Term, first.Form);
            diagnostics.Add(Diagnostic.Error(claimant.FormLocations.GetValueOrDefault(claimed, claimant.Location),
                $"'{claimed}' is claimed by two glossary terms: '{holder.Name}' ({holder.Location.File}) and '{claimant.Name}'",
                "keep the name or alias on one term only, so prose links to one definition.") with
            {
                Related = new RelatedLocation(holder.FormLocations.GetValueOrDefault(held, holder.Location), $"'{held}' was first claimed here, by '{holder.Name}'"),
            });
        }
    }

    private static DateTime ChangedAt(Term term) => File.GetLastWriteTimeUtc(term.Body.File.FullPath);

    private void CheckSeeAlso(DiagnosticBag diagnostics)
    {
        foreach (var term in Terms)
        {
            foreach (var reference in term.SeeAlso.Where(reference => Find(reference.Value) is null))
            {
                var closest = Content.FrontMatter.KeySuggestion.Closest(reference.Value, _bySlug.Keys);
                diagnostics.Error(reference.Location, $"see_also names '{reference.Value}', which is not a glossary term",
                    closest is null ? "a term's slug is its file name in input/glossary/ without .md." : $"did you mean '{closest}'?");
            }
        }
    }

    /// <summary>A name as the matcher compares it: folded character by character, whitespace runs as one space.</summary>
    private static string Fold(string form)
    {
        var words = form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(word => string.Concat(word.Select(TermMatcher.Fold))));
    }
}
