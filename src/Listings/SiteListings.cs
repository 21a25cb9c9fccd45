using Generator.Content;
using Generator.Content.Time;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Listings;

/// <summary>
/// Every listing of articles the site has, worked out once per build from the articles (newest first): the front page
/// the date archives (a year, a month) and the topics (tags, people, places). The pages that show them, the sitemap and the feeds all read them from here.
/// </summary>
public sealed class SiteListings
{
    private SiteListings(ArticleListing front, IReadOnlyList<DateArchive> archives, IReadOnlyList<Topic> topics)
    {
        Front = front;
        Archives = archives;
        Topics = topics;
    }

    public ArticleListing Front { get; }

    /// <summary>The years and months that have articles, newest first, each year before its months.</summary>
    public IReadOnlyList<DateArchive> Archives { get; }

    /// <summary>Every tag, person and place, kind by kind, each kind's A–Z.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The listings of the site; a topic whose name gives no address, or another name's, is an error.</summary>
    /// <param name="strings">The site language's strings, which archives' titles are written in.</param>
    public static SiteListings Of(SiteSettings settings, IReadOnlyList<RenderedArticle> articles, Localization.LanguageStrings strings, DiagnosticBag diagnostics) =>
        new(new ArticleListing("", settings.Title, Enumerable.Range(0, articles.Count).ToList()),
            DateArchives.Of(articles, new DateFormat(settings.TimeZone, strings)),
            Listings.Topics.Of(articles, diagnostics));

    /// <summary>The topics each glossary term's page links: those whose name is one of the term's names (by identity: one term, one entry).</summary>
    public ILookup<Glossary.Term, Topic> TopicsByTerm(Glossary.GlossaryIndex glossary) =>
        Topics.Select(topic => (Topic: topic, Term: glossary.FindByName(topic.Name)))
            .Where(pair => pair.Term is not null)
            .ToLookup<(Topic Topic, Glossary.Term? Term), Glossary.Term, Topic>(pair => pair.Term!, pair => pair.Topic, ReferenceEqualityComparer.Instance);

    /// <summary>Every list of articles, in the order the sitemap gives them.</summary>
    private IEnumerable<ArticleListing> All => Archives.Select(archive => archive.Listing).Prepend(Front).Concat(Topics.Select(topic => topic.Listing));

    /// <summary>Every page of every listing, with the latest revision of the articles it shows, for the sitemap.</summary>
    public IEnumerable<(string Url, ContentTime? Modified)> Pages(SiteSettings settings, IReadOnlyList<RenderedArticle> articles)
    {
        foreach (var listing in All)
        {
            foreach (var page in Paginator.Split(listing.Folder, listing.Articles.Count, settings.PerPage))
            {
                yield return (page.Url, Publishing.Sitemap.Newest(page.Slice(listing.Articles).Select(index => articles[index].Article), settings.TimeZone));
            }
        }

        foreach (var kind in TopicKind.All.Where(kind => Topics.Any(topic => topic.Kind == kind)))
        {
            var count = Topics.Count(topic => topic.Kind == kind);
            foreach (var page in Paginator.Split(kind.IndexFolder, count, TopicPages.IndexPerPage))
            {
                yield return (page.Url, null);
            }
        }
    }
}
