using System.Text.Json;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>
/// 'date' and 'updated' take a day or an RFC 3339 date-time: the exact instant goes into every machine-readable place,
/// and pages show it in the site's time zone (site.yml's timezone).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class DateTimeTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new();

    private void WriteStory(string dates) => _site.Write("articles/story/index.md", $"---\ntitle: A test story\n{dates}---\n");

    [Fact]
    public void A_date_time_is_shown_in_the_sites_time_zone_and_time_carries_the_exact_instant()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "timezone: Europe/Kyiv\n");
        WriteStory("date: 2022-02-14T07:30:00Z\n");
        _site.BuildSuccessfully();

        var time = _site.Page("story/index.html").QuerySelector(".meta time")!;

        Assert.Equal("2022-02-14T07:30:00Z", time.GetAttribute("datetime"));
        Assert.Equal("February 14, 2022, 09:30 EET", time.TextContent);
    }

    [Fact]
    public void A_time_late_in_the_evening_elsewhere_is_shown_on_the_next_day_where_the_site_is()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "timezone: Asia/Tokyo\n");
        WriteStory("date: 2022-02-14T20:00:00-05:00\n");
        _site.BuildSuccessfully();

        var time = _site.Page("story/index.html").QuerySelector(".meta time")!;

        Assert.Equal("2022-02-14T20:00:00-05:00", time.GetAttribute("datetime"));
        Assert.Equal("February 15, 2022, 10:00 JST", time.TextContent);
    }

    [Fact]
    public void Without_a_time_zone_times_are_shown_in_utc()
    {
        WriteStory("date: 2022-02-14T09:30:00+02:00\n");
        _site.BuildSuccessfully();

        Assert.Equal("February 14, 2022, 07:30 UTC", _site.Page("story/index.html").QuerySelector(".meta time")!.TextContent);
    }

    [Fact]
    public void A_day_stays_a_day_on_the_page_and_starts_at_midnight_in_the_sites_time_zone_in_the_feed()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "timezone: Europe/Kyiv\n");
        WriteStory("date: 2022-02-14\n");
        _site.BuildSuccessfully();

        var time = _site.Page("story/index.html").QuerySelector(".meta time")!;
        Assert.Equal("2022-02-14", time.GetAttribute("datetime"));
        Assert.Equal("February 14, 2022", time.TextContent);
        var entry = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Element(Atom + "entry")!;
        Assert.Equal("2022-02-14T00:00:00+02:00", entry.Element(Atom + "published")!.Value);
    }

    [Fact]
    public void Json_ld_feed_and_sitemap_carry_the_exact_instants()
    {
        WriteStory("date: 2022-02-14T09:30:00+02:00\nupdated: 2022-02-15T18:05:30.25+02:00\n");
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        var article = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2022-02-14T09:30:00+02:00", article.GetProperty("datePublished").GetString());
        Assert.Equal("2022-02-15T18:05:30.25+02:00", article.GetProperty("dateModified").GetString());
        Assert.Equal("2022-02-15T18:05:30.25+02:00", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
        var entry = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Element(Atom + "entry")!;
        Assert.Equal("2022-02-14T09:30:00+02:00", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2022-02-15T18:05:30.25+02:00", entry.Element(Atom + "updated")!.Value);
        Assert.Contains("<lastmod>2022-02-15T18:05:30.25+02:00</lastmod>", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")));
    }

    [Fact]
    public void Articles_are_ordered_by_their_instant_whatever_offset_they_are_written_in()
    {
        // 09:00 in Kyiv is 07:00 UTC: the story written in UTC at 08:00 is the newer one.
        WriteStory("date: 2022-02-14T09:00:00+02:00\n");
        _site.Write("articles/later/index.md", "---\ntitle: Later story\ndate: 2022-02-14T08:00:00Z\n---\n");
        _site.Write("articles/later/01-first.md", TestSite.MinimalSection);
        _site.BuildSuccessfully();

        var titles = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        Assert.Equal(["Later story", "A test story"], titles);
    }

    [Fact]
    public void An_update_at_an_earlier_instant_than_publication_is_an_error()
    {
        WriteStory("date: 2022-02-14T09:00:00+02:00\nupdated: 2022-02-14T06:59:00Z\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(4, error.Location.Line);
        Assert.Contains("is before 'date'", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
