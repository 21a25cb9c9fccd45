using System.Xml.Linq;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Localization;

/// <summary>
/// An article names its translations ('translations: {uk: slug}'): both pages carry hreflang alternates of each other
/// and of themselves (x-default for the site's language), a language switch, and the language of each in 'lang'. A
/// translation that is not an article, is in another language or is the article's own language is an error at its
/// line; a pair named one way only is a warning, and the pages still link each other.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TranslationTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site = new(minimal: false);

    public TranslationTests()
    {
        _site.Write("site.yml", TestSite.MinimalSite);
        _site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\ntranslations:\n  uk: perehovory\n---\n");
        _site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met in the Normandy format in Paris.\n");
        _site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-14\nlanguage: uk\ntranslations:\n  en: talks\n---\n");
        _site.Write("articles/perehovory/01-paris.md", "---\ntitle: У Парижі\n---\nРадники зустрілися в Нормандському форматі в Парижі.\n");
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm);
        _site.Write("glossary/normandskyi-format.md",
            "---\nterm: Нормандський формат\naliases: [Нормандському форматі]\nlanguage: uk\nshort: Переговори Німеччини, Франції, Росії та України.\n---\nСтворений у червні 2014 року.\n");
    }

    public void Dispose() => _site.Dispose();

    private static IReadOnlyList<(string? Language, string? Href)> Alternates(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(link => (link.GetAttribute("hreflang"), link.GetAttribute("href"))).ToList();

    [Fact]
    public void Both_pages_carry_hreflang_alternates_of_each_other_and_themselves()
    {
        _site.BuildSuccessfully();

        (string?, string?)[] expected =
        [
            ("en", "https://example.org/talks/"), ("uk", "https://example.org/perehovory/"), ("x-default", "https://example.org/talks/"),
        ];
        Assert.Equal(expected, Alternates(_site.Page("talks/index.html")));
        Assert.Equal(expected, Alternates(_site.Page("perehovory/index.html")));
        Assert.Empty(Alternates(_site.Page("index.html")));
    }

    [Fact]
    public void Each_page_is_in_its_own_language_with_its_own_fixed_words()
    {
        _site.BuildSuccessfully();

        var ukrainian = _site.Page("perehovory/index.html");
        Assert.Equal("uk", ukrainian.DocumentElement.GetAttribute("lang"));
        Assert.Equal("У цій статті", ukrainian.QuerySelector("#toc-title")!.TextContent);
        Assert.Equal("Докладніше: Нормандський формат", ukrainian.QuerySelector(".term-more")!.TextContent);
        Assert.Equal("en", _site.Page("talks/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("In this article", _site.Page("talks/index.html").QuerySelector("#toc-title")!.TextContent);
        Assert.Equal("uk", _site.Page("glossary/normandskyi-format/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_visible_language_switch_links_the_other_language_with_its_own_name()
    {
        _site.BuildSuccessfully();

        var talks = _site.Page("talks/index.html");
        var nav = talks.QuerySelector("nav.language-switch")!;
        Assert.Equal("This article in other languages", nav.GetAttribute("aria-label"));
        var link = nav.QuerySelector("a")!;
        Assert.Equal(("/perehovory/", "uk", "uk", "Українська"), (link.GetAttribute("href"), link.GetAttribute("hreflang"), link.GetAttribute("lang"), link.TextContent));
        var current = nav.QuerySelector("[aria-current=page]")!;
        Assert.Equal(("en", "English"), (current.GetAttribute("lang"), current.TextContent));

        var back = _site.Page("perehovory/index.html").QuerySelector("nav.language-switch")!;
        Assert.Equal("Ця стаття іншими мовами", back.GetAttribute("aria-label"));
        Assert.Equal("/talks/", back.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public void Listings_mark_a_title_in_another_language_and_the_feed_its_entry()
    {
        _site.BuildSuccessfully();

        var card = _site.Page("index.html").QuerySelectorAll(".article-card h2").Single(h => h.TextContent == "Переговори відновилися");
        Assert.Equal("uk", card.GetAttribute("lang"));
        var entry = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Переговори відновилися");
        Assert.Equal("uk", entry.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("uk", _site.Page("glossary/index.html").QuerySelector("#normandskyi-format a")!.GetAttribute("lang"));
    }

    [Fact]
    public void The_sitemap_lists_each_articles_translations_with_it()
    {
        _site.BuildSuccessfully();

        var url = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == "https://example.org/perehovory/");
        Assert.Equal(
            [("en", "https://example.org/talks/"), ("uk", "https://example.org/perehovory/")],
            url.Elements(Xhtml + "link").Select(link => (link.Attribute("hreflang")!.Value, link.Attribute("href")!.Value)));
    }

    [Fact]
    public void A_translation_that_is_not_an_article_is_an_error_at_its_line_with_the_closest_slug()
    {
        _site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\ntranslations:\n  uk: perehovori\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.EndsWith("input/articles/talks/index.md", error.Location.File);
        Assert.Equal((5, 7), (error.Location.Line, error.Location.Column));
        Assert.Contains("the translation 'perehovori' is not an article of the site", error.Message);
        Assert.Contains("did you mean 'perehovory'?", error.Hint);
    }

    [Fact]
    public void A_translation_in_another_language_than_its_key_is_an_error()
    {
        _site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\ntranslations:\n  de: perehovory\n---\n");

        var error = TestSite.SingleError(_site.Build());

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("'perehovory' is written in 'uk', not 'de'", error.Message);
    }

    [Fact]
    public void A_pair_named_one_way_is_a_warning_and_the_pages_still_link_each_other()
    {
        _site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-14\nlanguage: uk\n---\n");

        var result = _site.BuildSuccessfully();

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.EndsWith("input/articles/talks/index.md", warning.Location.File);
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("'perehovory' does not name this article among its translations", warning.Message);
        Assert.Contains("translations: {en: talks}", warning.Hint);
        Assert.Equal(3, Alternates(_site.Page("perehovory/index.html")).Count);
    }

    [Fact]
    public void A_translation_held_back_as_a_draft_is_not_linked_until_it_is_published()
    {
        _site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-14\nlanguage: uk\ndraft: true\ntranslations:\n  en: talks\n---\n");

        _site.BuildSuccessfully();

        Assert.Empty(Alternates(_site.Page("talks/index.html")));
        Assert.Null(_site.Page("talks/index.html").QuerySelector("nav.language-switch"));
    }
}
