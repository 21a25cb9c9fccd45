using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// One page of a listing: its number among <see cref="Total"/>, and the slice of the listing's items it shows
/// (<see cref="Length"/> items from <see cref="Start"/>). The slice is all a page may declare it lists, so an edit to
/// an item on another page leaves this one as it is.
/// </summary>
public sealed record ListingPage(string ListingFolder, int Number, int Total, int Start, int Length)
{
    /// <summary>How many page numbers either side of the current one the numbered links show, besides the first and the last.</summary>
    private const int NearbyPages = 2;

    public string Folder => Paginator.FolderOf(ListingFolder, Number);

    public string Url => Paginator.UrlOf(Folder);

    public string OutputPath => Folder + "index.html";

    public string? PreviousUrl => Number > 1 ? Paginator.UrlOf(Paginator.FolderOf(ListingFolder, Number - 1)) : null;

    public string? NextUrl => Number < Total ? Paginator.UrlOf(Paginator.FolderOf(ListingFolder, Number + 1)) : null;

    /// <summary>The items of <paramref name="all"/> this page shows.</summary>
    public IEnumerable<T> Slice<T>(IReadOnlyList<T> all) => all.Skip(Start).Take(Length);

    /// <summary>
    /// What the pagination partial is given: newer and older pages, and numbered links to the first, the last and the
    /// pages near this one (a gap before a number that does not follow the one before it).
    /// </summary>
    public PaginationView View()
    {
        var numbers = Enumerable.Range(1, Total)
            .Where(number => number == 1 || number == Total || Math.Abs(number - Number) <= NearbyPages)
            .ToList();
        var links = numbers.Select((number, index) => new PageLinkView(
            number,
            Paginator.UrlOf(Paginator.FolderOf(ListingFolder, number)),
            number == Number,
            index > 0 && numbers[index - 1] != number - 1)).ToList();
        return new PaginationView(Number, Total, PreviousUrl, NextUrl, links);
    }
}
