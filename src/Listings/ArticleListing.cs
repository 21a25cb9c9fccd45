namespace Generator.Listings;

/// <summary>
/// A list of articles with its own address, newest first: the front page, a year or a month of the archive, a topic.
/// <see cref="Articles"/> are indexes into the build's articles (newest first); <see cref="Folder"/> is where its first
/// page goes under the output folder ("" for the front page).
/// </summary>
public sealed record ArticleListing(string Folder, string Title, IReadOnlyList<int> Articles)
{
    public string Url => Paginator.UrlOf(Folder);
}
