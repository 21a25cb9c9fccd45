using Generator.Content;

namespace Generator.Listings;

/// <summary>The front page, newest articles first: <c>/</c>, then <c>/page/2/</c>, <c>/page/3/</c>… (layout <c>home</c>).</summary>
public static class FrontPages
{
    public static IEnumerable<ListingJob> Jobs(ListingContext context)
    {
        var front = context.Listings.Front;
        foreach (var page in Paginator.Split(front.Folder, front.Articles.Count, context.Settings.PerPage))
        {
            var (variables, names) = context.ArticleSlice(front.Articles, page);
            yield return new ListingJob("home", page.OutputPath, InputFolder.SiteFile,
                context.PageOf("home", context.Settings.Title, context.Settings.Description, page,
                    Publishing.StructuredData.CollectionPage(context.Settings, context.Settings.Title, page.Url)),
                new Dictionary<string, object?> { ["pagination"] = page.View() },
                variables,
                names,
                context.Settings.Language);
        }
    }
}
