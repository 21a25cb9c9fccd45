using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>An article after rendering; <see cref="Definitions"/> are its linked terms, numbered for print.</summary>
public sealed record RenderedArticle(Article Article, string StandfirstHtml, IReadOnlyList<RenderedSection> Sections, IReadOnlyList<Term> Definitions)
{
    /// <summary>
    /// Terms the standfirst links and no section does (a term linked in both is used by its sections): worked out from
    /// what the build cache keeps, the linked terms of the article and of each section.
    /// </summary>
    public IEnumerable<Term> LinkedOnlyInStandfirst =>
        Definitions.Except<Term>(Sections.SelectMany(section => section.LinkedTerms), ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The article once its page is written, as the pages that list articles need it (titles, dates, word counts,
    /// the terms used, the standfirst the front page shows): without the HTML of its sections, which is most of its
    /// memory on a large site.
    /// </summary>
    public RenderedArticle WithoutProse() =>
        this with { Sections = Sections.Select(s => s with { Html = "" }).ToList() };
}
