using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Localization;

/// <summary>
/// site.yml's 'language' chooses the theme's strings file: a Ukrainian site shows Ukrainian month names, fixed words,
/// plural forms, term pop-ups and note labels on every page, in the feed and in the language of the document.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class UkrainianSiteTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new(minimal: false);

    public UkrainianSiteTests()
    {
        _site.Write("site.yml", "title: Тестова редакція\nlanguage: uk\nbase_url: https://example.org/\ntimezone: Europe/Kyiv\n");
        _site.Write("articles/talks/index.md",
            "---\ntitle: Переговори відновилися\ndate: 2022-02-14\nupdated: 2022-02-16T10:30:00+02:00\n" +
            "corrections:\n  - at: 2022-02-15T09:00:00+02:00\n    text: Раніше тут помилково згадувався Париж.\n---\n");
        _site.Write("articles/talks/01-berlin.md",
            "---\ntitle: У Берліні\nnotes:\n  - quote: радники зустрілися\n    text: Це був другий раунд.\n---\n" +
            "У Берліні радники зустрілися в Нормандському форматі.\n");
        for (var section = 1; section <= 5; section++)
        {
            _site.Write($"articles/five/0{section}-part-{section}.md", $"---\ntitle: Частина {section}\n---\nТекст частини {section}.\n");
        }

        _site.Write("articles/five/index.md", "---\ntitle: П'ять частин\ndate: 2022-03-01\n---\n");
        _site.Write("articles/two/index.md", "---\ntitle: Дві частини\ndate: 2022-03-02\n---\n");
        _site.Write("articles/two/01-one.md", "---\ntitle: Перша\n---\nПерша частина.\n");
        _site.Write("articles/two/02-two.md", "---\ntitle: Друга\n---\nДруга частина.\n");
        _site.Write("glossary/normandy-format.md",
            "---\nterm: Нормандський формат\naliases: [Нормандському форматі, Нормандського формату]\n" +
            "short: Переговори Німеччини, Франції, Росії та України.\n---\nСтворений у червні 2014 року.\n");
        _site.BuildSuccessfully();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_page_declares_the_sites_language()
    {
        foreach (var page in new[] { "index.html", "talks/index.html", "glossary/index.html", "glossary/normandy-format/index.html", "404.html" })
        {
            Assert.Equal("uk", _site.Page(page).DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void Dates_are_written_with_Ukrainian_month_names_in_the_genitive()
    {
        var times = _site.Page("talks/index.html").QuerySelectorAll(".meta time");

        Assert.Equal("14 лютого 2022 р.", times[0].TextContent);
        Assert.Equal("16 лютого 2022 р., 10:30 EET", times[1].TextContent);
        Assert.Equal("2022-02-16T10:30:00+02:00", times[1].GetAttribute("datetime"));
    }

    [Fact]
    public void The_themes_fixed_words_are_Ukrainian()
    {
        var page = _site.Page("talks/index.html");

        Assert.Equal("У цій статті", page.QuerySelector("#toc-title")!.TextContent);
        Assert.Equal("Перейти до змісту", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Сайт", page.QuerySelector(".site-nav")!.GetAttribute("aria-label"));
        Assert.Equal(["Статті", "Глосарій"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal("Виправлення", page.QuerySelector("#corrections-title")!.TextContent);
        Assert.Contains("Оновлено", page.QuerySelector(".meta")!.TextContent);
        Assert.Contains("1 хв читання", page.QuerySelector(".meta")!.TextContent);
        Assert.Equal("Примітки: У Берліні", page.QuerySelector("aside.notes")!.GetAttribute("aria-label"));
        Assert.Equal("Глосарій", _site.Page("glossary/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Глосарій · Тестова редакція", _site.Page("glossary/index.html").Title);
        Assert.Equal("Сторінку не знайдено", _site.Page("404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Counts_take_the_Ukrainian_plural_form_they_need()
    {
        var cards = _site.Page("index.html").QuerySelectorAll(".article-card .meta").Select(meta => meta.TextContent).ToList();

        Assert.Contains(cards, meta => meta.Contains("2 розділи", StringComparison.Ordinal));
        Assert.Contains(cards, meta => meta.Contains("5 розділів", StringComparison.Ordinal));
        Assert.Contains(cards, meta => meta.Contains("1 розділ ", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_the_generator_writes_into_the_prose_are_Ukrainian()
    {
        var page = _site.Page("talks/index.html");

        Assert.Equal("Докладніше: Нормандський формат", page.QuerySelector(".term-more")!.TextContent);
        Assert.Equal("Примітка 1", page.QuerySelector("sup.note-marker a")!.GetAttribute("aria-label"));
        Assert.Equal("Примітка 1", page.QuerySelector("aside.sidenote")!.GetAttribute("aria-label"));
        Assert.Equal("Назад до тексту примітки 1", page.QuerySelector(".sidenote-back")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void The_feed_leads_a_corrected_entry_with_a_Ukrainian_notice()
    {
        var feed = XDocument.Load(Path.Combine(_site.Output, "feed.xml"));
        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Переговори відновилися");

        Assert.Equal("uk", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.StartsWith("<p><strong>Виправлення, <time datetime=\"2022-02-15T09:00:00+02:00\">15 лютого 2022 р., 09:00 EET</time>:</strong></p>",
            entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }
}
