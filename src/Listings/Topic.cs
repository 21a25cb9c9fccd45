namespace Generator.Listings;

/// <summary>
/// A tag, person or place and the articles that carry it (an article carries a person or place when one of its
/// sections names it), newest first.
/// </summary>
public sealed record Topic(TopicKind Kind, string Name, ArticleListing Listing)
{
    /// <summary>The topic's own Atom feed, beside its first page.</summary>
    public string FeedPath => Listing.Folder + Publishing.AtomFeed.OutputPath;

    /// <summary>
    /// The sections of <paramref name="article"/> that name this person or place, in reading order, each linked to its
    /// place in the article: what the topic's page and feed show under the article. None for a tag.
    /// </summary>
    public IReadOnlyList<Rendering.Views.LinkView> SectionsNamingIt(Content.Article article) =>
        article.Sections.Where(section => Kind.NamesOf(section).Contains(Name, StringComparer.Ordinal))
            .Select(section => new Rendering.Views.LinkView(section.Title, Rendering.SiteUrls.Section(article.Slug, section.Slug)))
            .ToList();
}
