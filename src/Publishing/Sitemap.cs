using System.Globalization;
using System.Xml;
using Generator.Content;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9) with every page and its last modification date, taken from the content:
/// an article's update date, the newest article for the front page and the glossary, and for a term the newest
/// article that uses it.
/// </summary>
public static class Sitemap
{
    public const string OutputPath = "sitemap.xml";

    public static Page Render(SiteAddress address, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms)
    {
        var newest = articles.Select(a => a.Article.Updated ?? a.Article.Date).DefaultIfEmpty().Max();
        var entries = new List<(string Path, DateOnly? Modified)> { (SiteUrls.Home, articles.Count > 0 ? newest : null) };
        entries.AddRange(articles.Select(a => (SiteUrls.Article(a.Article.Slug), (DateOnly?)(a.Article.Updated ?? a.Article.Date))));
        entries.Add((SiteUrls.Glossary, articles.Count > 0 ? newest : null));
        entries.AddRange(terms.Select(t => (SiteUrls.Term(t.Term.Slug), t.UsedIn.Count > 0 ? t.UsedIn.Max(u => u.Article.Updated ?? u.Article.Date) : (DateOnly?)null)));

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
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new Page(OutputPath, XmlFile.Bytes(bytes), InputFolder.ArticlesFolder);
    }
}
