using Generator.Tests.Incremental;

namespace Generator.Tests.Localization;

/// <summary>
/// A strings file is an input of the pages in its language, recorded as they are rendered: editing it renders those
/// pages again (and the articles, only when a word their prose carries changed), and the result is the clean build's.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class StringsIncrementalTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public StringsIncrementalTests()
    {
        _site.Site.Write("site.yml", "title: Test Desk\nlanguage: uk\nbase_url: https://example.org/\n");
        _site.Theme = _site.Site.CopyTheme();
        _site.Build();
    }

    public void Dispose() => _site.Dispose();

    private void EditStrings(string language, string find, string replacement)
    {
        var path = Path.Combine(_site.Theme, "i18n", language + ".yml");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    private string ArticlePage => File.ReadAllText(Path.Combine(_site.Site.Output, "talks", "index.html"));

    [Fact]
    public void Editing_a_layouts_string_renders_the_pages_again_but_no_article()
    {
        EditStrings("uk", "\"У цій статті\"", "\"Зміст статті\"");

        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Equal(result.Pages, result.PagesRendered);
        Assert.Contains(">Зміст статті<", ArticlePage);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Editing_a_string_the_prose_carries_renders_the_articles_again()
    {
        EditStrings("uk", "\"Докладніше: {term}\"", "\"Більше про {term}\"");

        var result = _site.Build();

        Assert.Equal(3, result.ArticlesRendered);
        Assert.Contains(">Більше про Normandy format<", ArticlePage);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Editing_the_month_names_renders_the_dated_pages_again()
    {
        EditStrings("uk", "\"лютого\"", "\"лют.\"");

        _site.Build();

        Assert.Contains("14 лют. 2022 р.", ArticlePage);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Editing_another_languages_file_renders_nothing()
    {
        EditStrings("en", "\"In this article\"", "\"Contents\"");

        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Equal(0, result.PagesRendered);
        _site.AssertSameAsCleanBuild();
    }
}
