using Generator.Content.FrontMatter;
using Generator.Content.Time;
using Generator.Diagnostics;
using Generator.Glossary;

namespace Generator.Content;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static class SiteSettingsReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "description", "base_url", "language", "publisher", "glossary", "markdown", "feed", "timezone", "images", "pagination"];
    private static readonly IReadOnlyList<string> ImagesKeys = ["widths"];
    private static readonly IReadOnlyList<string> PublisherKeys = ["name", "url"];
    private static readonly IReadOnlyList<string> GlossaryKeys = ["link"];
    private static readonly IReadOnlyList<string> MarkdownKeys = ["raw_html"];
    private static readonly IReadOnlyList<string> FeedKeys = ["entries"];
    private static readonly IReadOnlyList<string> PaginationKeys = ["per_page"];

    private static readonly IReadOnlyDictionary<string, LinkDensity> Densities = new Dictionary<string, LinkDensity>(StringComparer.Ordinal)
    {
        ["first-in-section"] = LinkDensity.FirstInSection,
        ["first-in-article"] = LinkDensity.FirstInArticle,
        ["every"] = LinkDensity.Every,
    };

    public static SiteSettings? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var map = FrontMatterParser.Parse(file.Text, file.DisplayPath, firstLine: 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        var reader = new FrontMatterReader(map, diagnostics, Keys, "site.yml");
        var title = reader.Text("title", required: true);
        var baseUrl = reader.Text("base_url");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            diagnostics.Error(reader.LocationOf("base_url"), $"'base_url' must be an absolute http(s) address, but is '{baseUrl}'",
                "write it as e.g. https://example.org/ or https://example.org/news/.");
            baseUrl = null;
        }

        Publisher? publisher = null;
        if (reader.Nested("publisher", PublisherKeys) is { } publisherReader)
        {
            var name = publisherReader.Text("name", required: true);
            var url = ContentUrl.Read(publisherReader, "url", diagnostics);
            publisher = name is null ? null : new Publisher(name, url);
        }

        var density = LinkDensity.FirstInSection;
        if (reader.Nested("glossary", GlossaryKeys) is { } glossary && glossary.Text("link") is { } link)
        {
            if (!Densities.TryGetValue(link, out density))
            {
                diagnostics.Error(glossary.LocationOf("link"), $"'link' must be one of {string.Join(", ", Densities.Keys)}, but is '{link}'",
                    "first-in-section links each term once per section (the default), first-in-article once per article, every at each occurrence.");
            }
        }

        var feedEntries = SiteSettings.DefaultFeedEntries;
        if (reader.Nested("feed", FeedKeys) is { } feed && feed.Integer("entries") is { } entries)
        {
            if (entries < 1)
            {
                diagnostics.Error(feed.LocationOf("entries"), $"'entries' must be at least 1, but is {entries}",
                    $"give the number of newest articles the feed carries in full (the default is {SiteSettings.DefaultFeedEntries}).");
            }
            else
            {
                feedEntries = entries;
            }
        }

        var perPage = Listings.Paginator.DefaultPerPage;
        if (reader.Nested("pagination", PaginationKeys) is { } pagination && pagination.Integer("per_page") is { } written)
        {
            if (written < 1)
            {
                diagnostics.Error(pagination.LocationOf("per_page"), $"'per_page' must be a whole number of at least 1, but is {written}",
                    $"give the number of articles a page of the front page, an archive or a topic shows (the default is {Listings.Paginator.DefaultPerPage}).");
            }
            else
            {
                perPage = written;
            }
        }

        var timeZone = ReadTimeZone(reader, diagnostics);
        var imageWidths = ReadImageWidths(reader, diagnostics);
        var rawHtml = reader.Nested("markdown", MarkdownKeys)?.Boolean("raw_html") ?? false;
        var description = reader.Text("description");
        var language = reader.Text("language") ?? "en";
        return title is null ? null : new SiteSettings(title, description, baseUrl, language, publisher, density, rawHtml) { FeedEntries = feedEntries, PerPage = perPage, TimeZone = timeZone, ImageWidths = imageWidths, LanguageLocation = reader.LocationOf("language") };
    }

    private static SiteTimeZone ReadTimeZone(FrontMatterReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Text("timezone") is not { } name)
        {
            return SiteTimeZone.Utc;
        }

        if (SiteTimeZone.Find(name) is { } zone)
        {
            return zone;
        }

        var names = SiteTimeZone.CanonicalNames.ToDictionary(id => id.ToLowerInvariant(), StringComparer.Ordinal);
        var closest = KeySuggestion.Closest(name, names.Keys) is { } lower ? names[lower] : null;
        diagnostics.Error(reader.LocationOf("timezone"), $"'timezone' must be an IANA time zone name, but '{name}' is not one",
            (closest is null ? "" : $"did you mean '{closest}'? ") + "Write the zone as Region/City, e.g. Europe/Kyiv, America/New_York or UTC.");
        return SiteTimeZone.Utc;
    }

    private static IReadOnlyList<int> ReadImageWidths(FrontMatterReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Nested("images", ImagesKeys) is not { } images || !images.Has("widths"))
        {
            return Images.ImageSettings.DefaultWidths;
        }

        var widths = new List<int>();
        foreach (var item in images.LocatedTextList("widths"))
        {
            if (int.TryParse(item.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) &&
                width is >= Images.ImageSettings.MinimumWidth and <= Images.ImageSettings.MaximumWidth)
            {
                widths.Add(width);
            }
            else
            {
                diagnostics.Error(item.Location, $"each of 'widths' must be a number of pixels from {Images.ImageSettings.MinimumWidth} to {Images.ImageSettings.MaximumWidth}, but one is '{item.Value}'",
                    $"list the widths photos are resized to, e.g. [{string.Join(", ", Images.ImageSettings.DefaultWidths)}] (the default).");
            }
        }

        return widths.Count == 0 ? Images.ImageSettings.DefaultWidths : [.. widths.Distinct().Order()];
    }
}
