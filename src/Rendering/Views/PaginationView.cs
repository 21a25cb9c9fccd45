namespace Generator.Rendering.Views;

/// <summary>
/// Where a page stands in its listing, for the <c>pagination</c> partial: <see cref="Current"/> of <see cref="Total"/>,
/// the newer (<see cref="PreviousUrl"/>) and older (<see cref="NextUrl"/>) pages, null at either end, and numbered links.
/// </summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);
