using Generator.Content;
using Generator.Localization;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// The date archives (layout <c>archive</c>): a listing per year with articles, <c>/2022/</c>, linking its months, and
/// one per month, <c>/2022/02/</c>, linking back to its year; each split into pages like the front page.
/// </summary>
public static class DateArchives
{
    /// <summary>The years and months that have articles, newest first: each year followed by its months.</summary>
    public static IReadOnlyList<DateArchive> Of(IReadOnlyList<RenderedArticle> articles, DateFormat dates)
    {
        var days = articles.Select(article => dates.LocalDay(article.Article.Date)).ToList();
        var archives = new List<DateArchive>();
        // The articles come newest first, so each year's and month's indexes do too.
        foreach (var year in Enumerable.Range(0, days.Count).GroupBy(index => days[index].Year).OrderByDescending(group => group.Key))
        {
            archives.Add(new DateArchive(year.Key, null, new ArticleListing(DateArchive.FolderOf(year.Key), year.Key.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), year.ToList())));
            foreach (var month in year.GroupBy(index => days[index].Month).OrderByDescending(group => group.Key))
            {
                archives.Add(new DateArchive(year.Key, month.Key, new ArticleListing(DateArchive.FolderOf(year.Key, month.Key), dates.Month(year.Key, month.Key), month.ToList())));
            }
        }

        return archives;
    }

    public static IEnumerable<ListingJob> Jobs(ListingContext context)
    {
        var years = context.Listings.Archives.Where(archive => archive.Month is null).ToDictionary(archive => archive.Year);
        foreach (var archive in context.Listings.Archives)
        {
            var listing = archive.Listing;
            var view = archive.Month is null
                ? new ArchiveView(listing.Title, null, context.Listings.Archives
                    .Where(month => month.Year == archive.Year && month.Month is not null)
                    .Select(month => new LinkView(month.Listing.Title, month.Listing.Url))
                    .ToList())
                : new ArchiveView(listing.Title, new LinkView(years[archive.Year].Listing.Title, years[archive.Year].Listing.Url), []);
            foreach (var page in Paginator.Split(listing.Folder, listing.Articles.Count, context.Settings.PerPage))
            {
                var (variables, names) = context.ArticleSlice(listing.Articles, page);
                yield return new ListingJob("archive", page.OutputPath, InputFolder.ArticlesFolder,
                    context.PageOf("archive", listing.Title, context.Strings.Generated(GeneratedStrings.ArchiveDescription, ("period", listing.Title)), page,
                        Publishing.StructuredData.CollectionPage(context.Settings, listing.Title, page.Url)),
                    new Dictionary<string, object?> { ["archive"] = view, ["pagination"] = page.View() },
                    variables,
                    names,
                    context.Settings.Language);
            }
        }
    }
}
