using System.Text;
using System.Xml;
using Generator.Content;
using Generator.Content.Time;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Publishing;

/// <summary>
/// <c>feed.xml</c>: an Atom 1.0 feed of the newest articles (site.yml's <c>feed.entries</c>, 20 by default), each with its full text. Times come from the
/// content (publication, update and correction times), never from the clock, so the feed is the same on every build.
/// </summary>
public static class AtomFeed
{
    public const string OutputPath = "feed.xml";

    /// <summary>Where problems with the feed are reported: the articles it is made from.</summary>
    public const string SourceFile = InputFolder.ArticlesFolder;

    /// <param name="strings">The theme's strings: each entry's correction notice and dates are in its article's language.</param>
    public static Page Render(SiteSettings site, SiteAddress address, IReadOnlyList<RenderedArticle> articles, Localization.StringsCatalogue strings) =>
        Write(site, address, OutputPath, site.Title, SiteUrls.Home, LatestUpdate(site, articles), articles.Take(site.FeedEntries),
            (article, language) => FullText(site, article, strings.Of(language)));

    /// <summary>
    /// A topic's feed, beside its page (<c>topics/ukraine/feed.xml</c>): its newest articles, each with its dek and
    /// standfirst — the site's own feed carries the full text, and the articles a topic gathers may be old ones, whose
    /// sections' HTML the build no longer holds — and, as on the page, the sections that name the person or place.
    /// </summary>
    /// <param name="strings">The theme's strings: the label of an entry's sections is in its article's language.</param>
    public static Page RenderTopic(SiteSettings site, SiteAddress address, Listings.Topic topic, IReadOnlyList<RenderedArticle> articles, Localization.StringsCatalogue strings) =>
        Write(site, address, topic.FeedPath, $"{topic.Name} · {site.Title}", topic.Listing.Url, LatestUpdate(site, articles), articles.Take(site.FeedEntries),
            (article, language) => article.StandfirstHtml + SectionList(topic.SectionsNamingIt(article.Article), strings.Of(language)));

    /// <summary>The sections a topic's entry names, as its page lists them under the article: nothing when there are none.</summary>
    private static string SectionList(IReadOnlyList<LinkView> sections, Localization.LanguageStrings strings)
    {
        if (sections.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<p>").Append(System.Net.WebUtility.HtmlEncode(strings.Generated(Localization.GeneratedStrings.InSections))).Append("</p>\n<ul>");
        foreach (var section in sections)
        {
            html.Append("<li><a href=\"").Append(System.Net.WebUtility.HtmlEncode(section.Url)).Append("\">")
                .Append(System.Net.WebUtility.HtmlEncode(section.Title)).Append("</a></li>");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static Page Write(SiteSettings site, SiteAddress address, string outputPath, string title, string pageUrl, string updated, IEnumerable<RenderedArticle> articles, Func<RenderedArticle, string, string> content)
    {
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, XmlFile.Settings))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", Atom, address.Absolute(pageUrl));
            xml.WriteElementString("title", Atom, title);
            if (site.Description is { } description)
            {
                xml.WriteElementString("subtitle", Atom, description);
            }

            xml.WriteElementString("updated", Atom, updated);
            WriteLink(xml, Atom, "self", address.Absolute(outputPath), "application/atom+xml");
            WriteLink(xml, Atom, "alternate", address.Absolute(pageUrl), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Publisher?.Name ?? site.Title);
            xml.WriteEndElement();

            // The articles come newest first.
            foreach (var rendered in articles)
            {
                var article = rendered.Article;
                var url = address.Absolute(SiteUrls.Article(article.Slug));
                xml.WriteStartElement("entry", Atom);
                var language = article.LanguageOr(site.Language);
                if (language != site.Language)
                {
                    xml.WriteAttributeString("xml", "lang", null, language);
                }

                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, article.Title);
                xml.WriteElementString("published", Atom, Timestamp(site, article.Date));
                xml.WriteElementString("updated", Atom, Timestamp(site, article.LastRevision(site.TimeZone)));
                WriteLink(xml, Atom, "alternate", url, "text/html");
                if (article.Byline is { } byline)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, byline);
                    xml.WriteEndElement();
                }

                foreach (var tag in article.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                if (article.Dek is { } dek)
                {
                    xml.WriteElementString("summary", Atom, dek);
                }

                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                // Root-relative links in the article resolve against the site's address.
                xml.WriteAttributeString("xml", "base", null, address.BaseUrl);
                xml.WriteString(content(rendered, language));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new Page(outputPath, XmlFile.Bytes(bytes), SourceFile);
    }

    /// <summary>The feed's own time: the latest publication, update or correction of any article.</summary>
    public static string LatestUpdate(SiteSettings site, IReadOnlyList<RenderedArticle> articles) =>
        Sitemap.Newest(articles.Select(a => a.Article), site.TimeZone) is { } newest ? Timestamp(site, newest) : "2000-01-01T00:00:00Z";

    /// <summary>Atom wants a full date-time: a day is its midnight in the site's time zone.</summary>
    private static string Timestamp(SiteSettings site, ContentTime time) => Rfc3339.Format(time.Exact ?? site.TimeZone.InstantOf(time));

    private static void WriteLink(XmlWriter xml, string ns, string relation, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The article as a feed reader shows it: standfirst, then each section with its title and prose. Feed readers
    /// drop the site's CSS, so term definitions would interrupt the sentences: the pop-ups are left out and the term
    /// links remain.
    /// </summary>
    private static string FullText(SiteSettings site, RenderedArticle article, Localization.LanguageStrings strings)
    {
        var html = new StringBuilder();
        var dates = new DateFormat(site.TimeZone, strings);
        var notice = System.Net.WebUtility.HtmlEncode(strings.Generated(Localization.GeneratedStrings.Correction));
        foreach (var correction in ViewFactory.Corrections(article.Article, dates))
        {
            // Feed readers show no header: the notice leads the entry, as it leads the article.
            html.Append("<p><strong>").Append(notice).Append(", <time datetime=\"").Append(correction.At.Iso).Append("\">")
                .Append(System.Net.WebUtility.HtmlEncode(correction.At.Display)).Append("</time>:</strong></p>\n").Append(correction.Text.Value);
        }

        html.Append(article.StandfirstHtml);
        foreach (var section in article.Sections)
        {
            html.Append("<h2>").Append(System.Net.WebUtility.HtmlEncode(section.Section.Title)).Append("</h2>\n").Append(Glossary.TermLinkMarkup.WithoutPopups(section.Html));
        }

        return html.ToString();
    }
}
