using Generator.Tests.Support;

namespace Generator.Tests.Localization;

/// <summary>
/// Mistakes with languages are located errors: a language with no strings file (in site.yml or an article), a string a
/// layout asks for that the language's file lacks, a file without a string the generator writes or without a plural
/// form its language needs. A site's theme may add a language the built-in theme does not have.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class StringsErrorTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _theme;

    public StringsErrorTests()
    {
        _theme = _site.CopyTheme();
    }

    public void Dispose() => _site.Dispose();

    private string StringsFile(string language) => Path.Combine(_theme, "i18n", language + ".yml");

    private void Edit(string path, string find, string replacement)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    private static int LineOf(string path, string text) =>
        File.ReadAllLines(path).Select((line, index) => (line, index)).First(pair => pair.line.Contains(text, StringComparison.Ordinal)).index + 1;

    [Fact]
    public void A_site_language_with_no_strings_file_is_an_error_at_its_line_in_site_yml()
    {
        _site.Write("site.yml", "title: Test Desk\nlanguage: pl\nbase_url: https://example.org/\n");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("input/site.yml", error.Location.File);
        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("'pl'", error.Message);
        Assert.Contains("en, uk", error.Message);
        Assert.Contains("theme/i18n/pl.yml", error.Hint);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void An_articles_language_with_no_strings_file_is_an_error_at_its_line()
    {
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nlanguage: de\n---\n");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("input/articles/story/index.md", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("the article's 'language' is 'de'", error.Message);
    }

    [Fact]
    public void A_string_the_layout_asks_for_and_the_file_lacks_is_an_error_at_the_layouts_line_naming_file_and_key()
    {
        var layout = Path.Combine(_theme, "layouts", "term.liquid");
        Edit(layout, "<h1 id=\"term-title\">", "<h1 id=\"term-title\">{{ \"term_heading\" | t }}");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("theme/layouts/term.liquid", error.Location.File);
        Assert.Equal(LineOf(layout, "term_heading"), error.Location.Line);
        Assert.Contains("i18n/en.yml has no string 'term_heading', which the layout asks for", error.Message);
        Assert.Contains("add 'term_heading:'", error.Hint);
    }

    [Fact]
    public void A_string_only_one_languages_file_lacks_is_reported_for_that_file()
    {
        _site.Write("site.yml", "title: Test Desk\nlanguage: uk\nbase_url: https://example.org/\n");
        Edit(StringsFile("uk"), "in_this_article: \"У цій статті\"\n", "");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("theme/layouts/article.liquid", error.Location.File);
        Assert.Contains("i18n/uk.yml has no string 'in_this_article'", error.Message);
    }

    [Fact]
    public void A_file_without_a_string_the_generator_writes_is_an_error_naming_the_file_and_key()
    {
        Edit(StringsFile("en"), "more_about: \"More about {term}\"\n", "");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("theme/i18n/en.yml", error.Location.File);
        Assert.Contains("the strings file has no 'more_about'", error.Message);
    }

    [Fact]
    public void A_counted_string_without_a_form_its_language_needs_is_an_error_at_its_key()
    {
        var path = StringsFile("uk");
        Edit(path, "  few: \"{count} розділи\"\n", "");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("theme/i18n/uk.yml", error.Location.File);
        Assert.Equal(LineOf(path, "sections_count:"), error.Location.Line);
        Assert.Contains("'sections_count' has no 'few' form", error.Message);
        Assert.Contains("2, 3, 4", error.Message);
    }

    [Fact]
    public void A_site_adds_a_language_with_a_strings_file_of_its_own()
    {
        var polish = File.ReadAllText(StringsFile("en"))
            .Replace("  one: \"{count} section\"\n  other: \"{count} sections\"", "  one: \"{count} sekcja\"\n  few: \"{count} sekcje\"\n  many: \"{count} sekcji\"", StringComparison.Ordinal)
            .Replace("  one: \"{count} more section\"\n  other: \"{count} more sections\"", "  one: \"jeszcze {count} sekcja\"\n  few: \"jeszcze {count} sekcje\"\n  many: \"jeszcze {count} sekcji\"", StringComparison.Ordinal)
            .Replace("  one: \"Correction\"\n  other: \"Corrections\"", "  one: \"Sprostowanie\"\n  few: \"Sprostowania\"\n  many: \"Sprostowań\"", StringComparison.Ordinal)
            .Replace("\"In this article\"", "\"W tym artykule\"", StringComparison.Ordinal);
        File.WriteAllText(StringsFile("pl"), polish);
        _site.Write("site.yml", "title: Test Desk\nlanguage: pl\nbase_url: https://example.org/\n");

        _site.BuildSuccessfully(theme: _theme);

        var page = _site.Page("story/index.html");
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("W tym artykule", page.QuerySelector("#toc-title")!.TextContent);
        Assert.Contains("1 sekcja", _site.Page("index.html").QuerySelector(".article-card .meta")!.TextContent);
    }

    [Fact]
    public void A_site_overrides_one_string_file_of_the_built_in_theme()
    {
        // Only the site's uk.yml: the layouts and en.yml are the built-in theme's.
        var theme = Path.Combine(_site.Root, "own-theme");
        Directory.CreateDirectory(Path.Combine(theme, "i18n"));
        File.WriteAllText(Path.Combine(theme, "i18n", "uk.yml"),
            File.ReadAllText(StringsFile("uk")).Replace("\"У цій статті\"", "\"Зміст\"", StringComparison.Ordinal));
        _site.Write("site.yml", "title: Test Desk\nlanguage: uk\nbase_url: https://example.org/\n");

        _site.BuildSuccessfully(theme: theme);

        Assert.Equal("Зміст", _site.Page("story/index.html").QuerySelector("#toc-title")!.TextContent);
    }
}
