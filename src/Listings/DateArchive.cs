namespace Generator.Listings;

/// <summary>
/// A year (<c>/2022/</c>) or a month (<c>/2022/02/</c>, <see cref="Month"/> set) of the archive, with its articles
/// newest first, filed by the day each was published on in the site's time zone.
/// </summary>
public sealed record DateArchive(int Year, int? Month, ArticleListing Listing)
{
    public static string FolderOf(int year, int? month = null) =>
        month is { } number ? $"{year:0000}/{number:00}/" : $"{year:0000}/";
}
