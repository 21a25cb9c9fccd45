using Generator.Tests.Incremental;

namespace Generator.Tests.Localization;

/// <summary>
/// On a site in two languages, a strings file is an input of exactly the pages in its language, and an article's
/// translations are an input of its page: an edit to either renders those pages again, and the result is the clean build's.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TranslationIncrementalTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public TranslationIncrementalTests()
    {
        _site.Site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-17\nlanguage: uk\n---\n");
        _site.Site.Write("articles/perehovory/01-paris.md", "---\ntitle: У Парижі\n---\nРадники зустрілися в Парижі.\n");
        _site.Theme = _site.Site.CopyTheme();
        _site.Build();
    }

    public void Dispose() => _site.Dispose();

    private string Page(string slug) => File.ReadAllText(Path.Combine(_site.Site.Output, slug, "index.html"));

    [Fact]
    public void Editing_a_string_of_ukrainian_renders_only_the_ukrainian_page_again()
    {
        var path = Path.Combine(_site.Theme, "i18n", "uk.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"У цій статті\"", "\"Зміст статті\"", StringComparison.Ordinal));

        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Equal(1, result.PagesRendered);
        Assert.Contains(">Зміст статті<", Page("perehovory"));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Naming_a_translation_renders_both_pages_again_with_their_alternates()
    {
        _site.Site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-17\nlanguage: uk\ntranslations:\n  en: talks\n---\n");
        _site.Site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\ntranslations:\n  uk: perehovory\n---\n");

        _site.Build();

        Assert.Contains("hreflang=\"uk\"", Page("talks"));
        Assert.Contains("hreflang=\"en\"", Page("perehovory"));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Retitling_a_translation_renders_the_page_that_links_it_again()
    {
        _site.Site.Write("articles/perehovory/index.md", "---\ntitle: Переговори відновилися\ndate: 2022-02-17\nlanguage: uk\ntranslations:\n  en: talks\n---\n");
        _site.Site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\ntranslations:\n  uk: perehovory\n---\n");
        _site.Build();

        _site.Site.Write("articles/perehovory/index.md", "---\ntitle: Переговори тривають\ndate: 2022-02-17\nlanguage: uk\ntranslations:\n  en: talks\n---\n");
        _site.Build();

        Assert.Contains("Переговори тривають", Page("talks"));
        _site.AssertSameAsCleanBuild();
    }
}
