using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>The feed carries the newest articles in full, as many as site.yml's feed.entries says (20 by default).</summary>
[Trait("Category", "EndToEnd")]
public sealed class FeedEntriesTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new();

    public FeedEntriesTests()
    {
        for (var day = 1; day <= 25; day++)
        {
            _site.Write($"articles/day-{day:00}/index.md", $"---\ntitle: Day {day}\ndate: 2022-03-{day:00}\n---\n");
            _site.Write($"articles/day-{day:00}/01-news.md", "---\ntitle: News\n---\nTalks in the Normandy format went on.\n");
        }
    }

    private List<string> EntryTitles() =>
        XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    [Fact]
    public void By_default_the_feed_carries_the_twenty_newest_articles_newest_first()
    {
        _site.BuildSuccessfully();

        var titles = EntryTitles();

        Assert.Equal(20, titles.Count);
        Assert.Equal("Day 25", titles[0]);
        Assert.Equal("Day 6", titles[^1]);
    }

    [Fact]
    public void Site_settings_choose_how_many_entries_the_feed_carries()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 3\n");
        _site.BuildSuccessfully();

        Assert.Equal(["Day 25", "Day 24", "Day 23"], EntryTitles());
    }

    [Fact]
    public void A_feed_without_entries_is_an_error_at_its_line()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 0\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("'entries' must be at least 1", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
