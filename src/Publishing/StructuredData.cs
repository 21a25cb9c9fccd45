using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Buffers;
using Generator.Content;
using Generator.Glossary;
using Generator.Images;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Publishing;

/// <summary>
/// schema.org JSON-LD for search engines and news aggregators: a <c>NewsArticle</c> (with the glossary terms it
/// mentions) on article pages, a <c>CollectionPage</c> on pages that list articles or topics, a <c>DefinedTermSet</c> on the glossary page, a <c>DefinedTerm</c> on each term page.
/// The JSON escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no value can close the script element it sits in.
/// </summary>
/// <remarks>Written straight to UTF-8 (<see cref="ReusedJsonWriter"/>), rather than built as a JSON tree first.</remarks>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <param name="image">The article's preview image (its first photo or its card): Google shows articles with one.</param>
    public static RawHtml Article(SiteSettings site, RenderedArticle rendered, PreviewImage? image) => Write(site, (rendered, image), static (json, site, value) =>
    {
        var (rendered, image) = value;
        var article = rendered.Article;
        var baseUri = BaseUri(site);
        json.WriteString("@context", Context);
        json.WriteString("@type", "NewsArticle");
        var address = Absolute(baseUri, SiteUrls.Article(article.Slug));
        json.WriteString("@id", address);
        json.WriteString("url", address);
        json.WriteString("headline", article.Title);
        json.WriteString("datePublished", article.Date.Iso);
        json.WriteString("dateModified", article.LastRevision(site.TimeZone).Iso);
        json.WriteString("inLanguage", article.LanguageOr(site.Language));
        json.WriteStartArray("mentions");
        // Every term the article links, standfirst included, in reading order.
        foreach (var term in rendered.Definitions)
        {
            json.WriteStartObject();
            json.WriteString("@type", "DefinedTerm");
            json.WriteString("@id", Absolute(baseUri, SiteUrls.Term(term.Slug)));
            json.WriteString("name", term.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (image is not null)
        {
            json.WriteStartObject("image");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", Absolute(baseUri, image.Url));
            json.WriteNumber("width", image.Width);
            json.WriteNumber("height", image.Height);
            json.WriteEndObject();
        }

        // What the article is about: the people and places its sections name, each with its topic page.
        var people = article.Sections.SelectMany(section => section.People).Distinct(StringComparer.Ordinal).Select(name => ("Person", name, Listings.TopicKind.People));
        var places = article.Sections.SelectMany(section => section.Places).Distinct(StringComparer.Ordinal).Select(name => ("Place", name, Listings.TopicKind.Places));
        var about = people.Concat(places).ToList();
        if (about.Count > 0)
        {
            json.WriteStartArray("about");
            foreach (var (type, name, kind) in about)
            {
                json.WriteStartObject();
                json.WriteString("@type", type);
                json.WriteString("name", name);
                json.WriteString("url", Absolute(baseUri, kind.UrlOf(name)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteIfPresent(json, "description", article.Dek);
        WriteIfPresent(json, "keywords", article.Tags.Count > 0 ? string.Join(", ", article.Tags) : null);
        if (article.Byline is { } byline)
        {
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", byline);
            json.WriteEndObject();
        }
        else if (site.Publisher is { } publisher)
        {
            WriteOrganization(json, "author", publisher);
        }

        if (site.Publisher is { } siteOwner)
        {
            WriteOrganization(json, "publisher", siteOwner);
        }

        if (article.Corrections.Count > 0)
        {
            json.WriteStartArray("correction");
            foreach (var (correction, _) in ViewFactory.NewestFirst(article.Corrections, site.TimeZone))
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("datePublished", correction.At.Iso);
                json.WriteString("text", correction.PlainText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    });

    /// <summary>A page that lists articles or topics (the front page, an archive, a topic): a <c>CollectionPage</c> of the site.</summary>
    public static RawHtml CollectionPage(SiteSettings site, string name, string url) => Write(site, (name, url), static (json, site, value) =>
    {
        var baseUri = BaseUri(site);
        var address = Absolute(baseUri, value.url);
        json.WriteString("@context", Context);
        json.WriteString("@type", "CollectionPage");
        json.WriteString("@id", address);
        json.WriteString("url", address);
        json.WriteString("name", value.name);
        json.WriteString("inLanguage", site.Language);
        json.WriteStartObject("isPartOf");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", site.Title);
        json.WriteString("url", Absolute(baseUri, SiteUrls.Home));
        json.WriteEndObject();
    });

    public static RawHtml Glossary(SiteSettings site, IReadOnlyList<RenderedTerm> terms) => Write(site, terms, static (json, site, terms) =>
    {
        var baseUri = BaseUri(site);
        json.WriteString("@context", Context);
        json.WriteString("@type", "DefinedTermSet");
        json.WriteString("@id", Absolute(baseUri, SiteUrls.Glossary));
        json.WriteString("name", $"{site.Title} glossary");
        json.WriteString("inLanguage", site.Language);
        json.WriteStartArray("hasDefinedTerm");
        foreach (var term in terms)
        {
            json.WriteStartObject();
            WriteDefinedTerm(json, baseUri, term.Term);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static RawHtml Term(SiteSettings site, Term term) => Write(site, term, static (json, site, term) =>
    {
        var baseUri = BaseUri(site);
        WriteDefinedTerm(json, baseUri, term);
        json.WriteString("@context", Context);
        json.WriteString("inDefinedTermSet", Absolute(baseUri, SiteUrls.Glossary));
    });

    private static void WriteDefinedTerm(Utf8JsonWriter json, Uri? baseUri, Term term)
    {
        var address = Absolute(baseUri, SiteUrls.Term(term.Slug));
        json.WriteString("@type", "DefinedTerm");
        json.WriteString("@id", address);
        json.WriteString("url", address);
        json.WriteString("name", term.Name);
        json.WriteString("description", term.Short);
        json.WriteString("termCode", term.Slug);
        if (term.Aliases.Count > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var alias in term.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
        }
    }

    private static void WriteOrganization(Utf8JsonWriter json, string property, Publisher publisher)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", publisher.Name);
        WriteIfPresent(json, "url", publisher.Url);
        json.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string property, string? value)
    {
        if (value is not null)
        {
            json.WriteString(property, value);
        }
    }

    private static Uri? BaseUri(SiteSettings site) => site.BaseUrl is { } baseUrl ? new Uri(baseUrl) : null;

    /// <summary>Linked data wants absolute identifiers; without a base_url they stay root-relative.</summary>
    private static string Absolute(Uri? baseUri, string path) =>
        baseUri is not null ? new Uri(baseUri, path.TrimStart('/')).ToString() : path;

    /// <summary>One JSON object, written by <paramref name="write"/> between its braces.</summary>
    private static RawHtml Write<T>(SiteSettings site, T value, Action<Utf8JsonWriter, SiteSettings, T> write) =>
        new(ReusedJsonWriter.Write((site, value, write), Options, static (json, input) =>
        {
            json.WriteStartObject();
            input.write(json, input.site, input.value);
            json.WriteEndObject();
        }));
}
