using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Content;
using Generator.Glossary;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Publishing;

/// <summary>
/// schema.org JSON-LD for search engines and news aggregators: a <c>NewsArticle</c> (with the glossary terms it
/// mentions) on article pages, a <c>DefinedTermSet</c> on the glossary page, a <c>DefinedTerm</c> on each term page.
/// The JSON escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no value can close the script element it sits in.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static RawHtml Article(SiteSettings site, RenderedArticle rendered)
    {
        var article = rendered.Article;
        var mentioned = rendered.Sections
            .SelectMany(s => s.LinkedTerms)
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<Term>()
            .Select(term => (JsonNode)TermReference(site, term));
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["@id"] = Absolute(site, SiteUrls.Article(article.Slug)),
            ["url"] = Absolute(site, SiteUrls.Article(article.Slug)),
            ["headline"] = article.Title,
            ["datePublished"] = article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["dateModified"] = (article.Updated ?? article.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["inLanguage"] = site.Language,
            ["mentions"] = new JsonArray(mentioned.ToArray()),
        };
        AddIfPresent(json, "description", article.Dek);
        AddIfPresent(json, "keywords", article.Tags.Count > 0 ? string.Join(", ", article.Tags) : null);
        if (article.Byline is { } byline)
        {
            json["author"] = new JsonObject { ["@type"] = "Person", ["name"] = byline };
        }
        else if (site.Publisher is { } publisher)
        {
            json["author"] = Organization(publisher);
        }

        if (site.Publisher is { } siteOwner)
        {
            json["publisher"] = Organization(siteOwner);
        }

        return Serialize(json);
    }

    public static RawHtml Glossary(SiteSettings site, IReadOnlyList<RenderedTerm> terms) =>
        Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DefinedTermSet",
            ["@id"] = Absolute(site, SiteUrls.Glossary),
            ["name"] = $"{site.Title} glossary",
            ["inLanguage"] = site.Language,
            ["hasDefinedTerm"] = new JsonArray(terms.Select(t => (JsonNode)DefinedTerm(site, t.Term)).ToArray()),
        });

    public static RawHtml Term(SiteSettings site, Term term)
    {
        var json = DefinedTerm(site, term);
        json["@context"] = "https://schema.org";
        json["inDefinedTermSet"] = Absolute(site, SiteUrls.Glossary);
        return Serialize(json);
    }

    private static JsonObject DefinedTerm(SiteSettings site, Term term)
    {
        var json = new JsonObject
        {
            ["@type"] = "DefinedTerm",
            ["@id"] = Absolute(site, SiteUrls.Term(term.Slug)),
            ["url"] = Absolute(site, SiteUrls.Term(term.Slug)),
            ["name"] = term.Name,
            ["description"] = term.Short,
            ["termCode"] = term.Slug,
        };
        if (term.Aliases.Count > 0)
        {
            json["alternateName"] = new JsonArray(term.Aliases.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
        }

        return json;
    }

    private static JsonObject TermReference(SiteSettings site, Term term) => new()
    {
        ["@type"] = "DefinedTerm",
        ["@id"] = Absolute(site, SiteUrls.Term(term.Slug)),
        ["name"] = term.Name,
    };

    private static JsonObject Organization(Publisher publisher)
    {
        var json = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name };
        AddIfPresent(json, "url", publisher.Url);
        return json;
    }

    private static void AddIfPresent(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }

    /// <summary>Linked data wants absolute identifiers; without a base_url they stay root-relative.</summary>
    private static string Absolute(SiteSettings site, string path) =>
        site.BaseUrl is { } baseUrl ? new Uri(new Uri(baseUrl), path.TrimStart('/')).ToString() : path;

    private static RawHtml Serialize(JsonObject json) => new(json.ToJsonString(Options));
}
