namespace Generator.Listings;

/// <summary>
/// A tag, person or place and the articles that carry it (an article carries a person or place when one of its
/// sections names it), newest first.
/// </summary>
public sealed record Topic(TopicKind Kind, string Name, ArticleListing Listing)
{
    /// <summary>The topic's own Atom feed, beside its first page.</summary>
    public string FeedPath => Listing.Folder + Publishing.AtomFeed.OutputPath;
}
