using System.Xml;
using Generator.Content;
using Generator.Content.Time;
using Generator.Glossary;
using Generator.Listings;
using Generator.Localization;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9) with every page and its last modification date, taken from the content:
/// an article's last revision (update or correction), for each page of a listing (the front page and its older pages,
/// archives, topics) the newest article it shows, the newest article of all for the glossary, and for a term the newest
/// article that uses it.
/// </summary>
public static class Sitemap
{
    public const string OutputPath = "sitemap.xml";

    // Google's extension for a page's versions in other languages.
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="translations">An article's translations are listed with its address, as <c>xhtml:link</c> alternates.</param>
    public static Page Render(SiteSettings site, SiteAddress address, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms, SiteListings listings, TranslationGroups translations)
    {
        var zone = site.TimeZone;
        var newestOfAll = Newest(articles.Select(a => a.Article), zone);
        var entries = listings.Pages(site, articles).Select(page => (Path: page.Url, page.Modified, Alternates: (IReadOnlyList<Article>)[])).ToList();
        entries.AddRange(articles.Select(a => (SiteUrls.Article(a.Article.Slug), (ContentTime?)a.Article.LastRevision(zone), translations.Of(a.Article.Slug))));
        entries.Add((SiteUrls.Glossary, newestOfAll, []));
        entries.AddRange(terms.Select(t => (SiteUrls.Term(t.Term.Slug), Newest(t.UsedIn.Select(u => u.Article), zone), (IReadOnlyList<Article>)[])));

        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, XmlFile.Settings))
        {
            const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            if (entries.Any(entry => entry.Alternates.Count > 0))
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            }

            foreach (var (path, modified, alternates) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, address.Absolute(path));
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.Iso);
                }

                foreach (var alternate in alternates)
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.LanguageOr(site.Language));
                    xml.WriteAttributeString("href", address.Absolute(SiteUrls.Article(alternate.Slug)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new Page(OutputPath, XmlFile.Bytes(bytes), InputFolder.ArticlesFolder);
    }

    /// <summary>The latest revision of the articles; null when there are none.</summary>
    public static ContentTime? Newest(IEnumerable<Article> articles, SiteTimeZone zone)
    {
        // Each article's instant is worked out once (Article.LastRevisionIn): the sitemap and the feeds ask this of every use of every term.
        (ContentTime Time, DateTimeOffset Instant)? newest = null;
        foreach (var article in articles)
        {
            var revised = article.LastRevisionIn(zone);
            if (newest is not { } latest || latest.Instant < revised.Instant)
            {
                newest = revised;
            }
        }

        return newest?.Time;
    }
}
