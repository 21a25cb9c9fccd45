using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>An article after rendering; <see cref="Definitions"/> are its linked terms, numbered for print.</summary>
/// <param name="ReaderText">
/// A fingerprint of the text a reader reads (<see cref="Revisions.PublishedText"/>), taken when the article is rendered
/// and kept with it in the build cache: an article taken from the cache without its sections' HTML reads as it did.
/// </param>
public sealed record RenderedArticle(Article Article, string StandfirstHtml, IReadOnlyList<RenderedSection> Sections, IReadOnlyList<Term> Definitions, string ReaderText)
{
    /// <summary>The text a reader sees of the standfirst, as <see cref="RenderedSection.Text"/> is of a section.</summary>
    public Prose.PlainText? StandfirstText { get; init; }

    /// <summary>Its links to other articles, in reading order (standfirst first), kept with it in the build cache.</summary>
    public IReadOnlyList<StoryLinks.StoryLink> Links { get; init; } = [];

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
        this with { Sections = Sections.Select(s => s with { Html = "", Text = null }).ToList(), StandfirstText = null };
}
