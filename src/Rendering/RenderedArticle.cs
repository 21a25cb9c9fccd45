using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>An article after rendering; <see cref="Definitions"/> are its linked terms, numbered for print.</summary>
public sealed record RenderedArticle(Article Article, string StandfirstHtml, IReadOnlyList<RenderedSection> Sections, IReadOnlyList<Term> Definitions)
{
    /// <summary>
    /// The article once its page is written, as the pages that list articles need it (titles, dates, word counts,
    /// the terms used): without the HTML of its prose, which is most of its memory on a large site.
    /// </summary>
    public RenderedArticle WithoutProse() =>
        this with { StandfirstHtml = "", Sections = Sections.Select(s => s with { Html = "" }).ToList() };
}
