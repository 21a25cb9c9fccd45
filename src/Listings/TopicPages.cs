using Generator.Content;
using Generator.Localization;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// A page per topic, <c>/topics/&lt;slug&gt;/</c>, <c>/people/&lt;slug&gt;/</c>, <c>/places/&lt;slug&gt;/</c> (layout
/// <c>topic</c>), newest first and split into pages like the front page, a person's or place's with the sections of
/// each article that name them; and an index per kind, <c>/topics/</c>,
/// <c>/people/</c>, <c>/places/</c> (layout <c>topics</c>), A–Z, split into pages of <see cref="IndexPerPage"/>.
/// </summary>
public static class TopicPages
{
    /// <summary>A name in an index is a line: five hundred keep a page of it far under the size a phone reader waits for.</summary>
    public const int IndexPerPage = 500;

    public static IEnumerable<ListingJob> Jobs(ListingContext context)
    {
        foreach (var topic in context.Listings.Topics)
        {
            var listing = topic.Listing;
            var term = context.Glossary.FindByName(topic.Name);
            var view = new TopicView(topic.Kind.Key, topic.Name, listing.Url,
                context.Settings.BaseUrl is null ? null : listing.Url + Publishing.AtomFeed.OutputPath,
                new LinkView(context.Strings.Generated(topic.Kind.TitleKey), Paginator.UrlOf(topic.Kind.IndexFolder)),
                term is null ? null : new LinkView(term.Name, SiteUrls.Term(term.Slug)),
                term?.Short);
            foreach (var page in Paginator.Split(listing.Folder, listing.Articles.Count, context.Settings.PerPage))
            {
                // A person's or place's page shows under each article the sections that name them: part of the
                // article's listed view, whose version its files (titles, people and places) are in.
                var (variables, names) = context.ArticleSlice(listing.Articles, page,
                    index => context.ArticleView(index) with { TopicSections = topic.SectionsNamingIt(context.Articles[index].Article) });
                yield return new ListingJob("topic", page.OutputPath, InputFolder.ArticlesFolder,
                    context.PageOf("topic", topic.Name, context.Strings.Generated(GeneratedStrings.TopicDescription, ("name", topic.Name)), page,
                        Publishing.StructuredData.CollectionPage(context.Settings, topic.Name, page.Url)),
                    new Dictionary<string, object?> { ["topic"] = view, ["pagination"] = page.View() },
                    variables,
                    names,
                    context.Settings.Language);
            }
        }

        foreach (var kind in TopicKind.All)
        {
            var entries = context.Listings.Topics.Where(topic => topic.Kind == kind)
                .Select(topic => new TopicEntryView(topic.Name, topic.Listing.Url, topic.Listing.Articles.Count))
                .ToList();
            // An index of nothing would be a page no other page links to.
            if (entries.Count == 0)
            {
                continue;
            }

            var title = context.Strings.Generated(kind.TitleKey);
            foreach (var page in Paginator.Split(kind.IndexFolder, entries.Count, IndexPerPage))
            {
                yield return new ListingJob("topics", page.OutputPath, InputFolder.ArticlesFolder,
                    context.PageOf("topics", title, context.Strings.Generated(GeneratedStrings.IndexDescription, ("kind", title), ("site", context.Settings.Title)), page,
                        Publishing.StructuredData.CollectionPage(context.Settings, title, page.Url)),
                    new Dictionary<string, object?>
                    {
                        ["topics"] = new TopicIndexView(kind.Key, title, page.Slice(entries).ToList()),
                        ["pagination"] = page.View(),
                    },
                    () => new Dictionary<string, object?>(),
                    [],
                    context.Settings.Language);
            }
        }
    }
}
