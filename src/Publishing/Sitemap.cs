using System.Xml;
using Generator.Content;
using Generator.Content.Time;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9) with every page and its last modification date, taken from the content:
/// an article's last revision (update or correction), the newest article for the front page and the glossary, and for a term the newest
/// article that uses it.
/// </summary>
public static class Sitemap
{
    public const string OutputPath = "sitemap.xml";

    public static Page Render(SiteSettings site, SiteAddress address, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms)
    {
        var zone = site.TimeZone;
        var newestOfAll = Newest(articles.Select(a => a.Article), zone);
        var entries = new List<(string Path, ContentTime? Modified)> { (SiteUrls.Home, newestOfAll) };
        entries.AddRange(articles.Select(a => (SiteUrls.Article(a.Article.Slug), (ContentTime?)a.Article.LastRevision(zone))));
        entries.Add((SiteUrls.Glossary, newestOfAll));
        entries.AddRange(terms.Select(t => (SiteUrls.Term(t.Term.Slug), Newest(t.UsedIn.Select(u => u.Article), zone))));

        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, XmlFile.Settings))
        {
            const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, address.Absolute(path));
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.Iso);
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
        ContentTime? newest = null;
        foreach (var article in articles)
        {
            var revised = article.LastRevision(zone);
            if (newest is not { } latest || zone.InstantOf(latest) < zone.InstantOf(revised))
            {
                newest = revised;
            }
        }

        return newest;
    }
}
