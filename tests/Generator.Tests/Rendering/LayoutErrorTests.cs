using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Theme mistakes are reported with the layout's file, line and column, and nothing is written.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LayoutErrorTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _theme;

    public LayoutErrorTests()
    {
        _theme = _site.CopyTheme();
    }

    public void Dispose() => _site.Dispose();

    private void Layout(string name, string text) => File.WriteAllText(Path.Combine(_theme, "layouts", name + ".liquid"), text);

    [Fact]
    public void Liquid_syntax_error_names_the_layout_line_and_column()
    {
        Layout("term", "<h1>{{ term.name }}</h1>\n{% if term.aliases.size > 0 %}\n<p>aliases</p>\n");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("layouts/term.liquid", error.Location.File);
        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("'{% if %}' is never closed", error.Message);
        Assert.Contains("{% endif %}", error.Hint);
    }

    [Fact]
    public void Unknown_variable_is_an_error_at_its_first_use()
    {
        Layout("term", "<h1>{{ term.name }}</h1>\n<p>{{ term.nmae }}</p>\n");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.EndsWith("layouts/term.liquid", error.Location.File);
        Assert.Equal((2, 12), (error.Location.Line, error.Location.Column));
        Assert.Contains("'nmae'", error.Message);
    }

    [Fact]
    public void Unknown_asset_is_an_error_naming_the_assets_that_exist()
    {
        Layout("term", "<link rel=\"stylesheet\" href=\"{{ 'missing.css' | asset_url }}\">\n");

        var error = TestSite.SingleError(_site.Build(theme: _theme));

        Assert.Contains("missing.css", error.Message);
        Assert.Contains("site.css", error.Message);
    }

    [Fact]
    public void A_layout_deleted_from_the_site_theme_comes_from_the_built_in_theme()
    {
        File.Delete(Path.Combine(_theme, "layouts", "glossary.liquid"));

        _site.BuildSuccessfully(theme: _theme);

        Assert.NotNull(_site.Page("glossary/index.html").QuerySelector("h1"));
    }

    [Fact]
    public void Layout_edits_take_effect_without_recompiling()
    {
        Layout("term", "<h1 class=\"edited\">{{ term.name }}</h1>\n");

        _site.BuildSuccessfully(theme: _theme);

        Assert.Equal("Normandy format", _site.Page("glossary/normandy-format/index.html").QuerySelector("h1.edited")!.TextContent);
    }

    [Fact]
    public void Theme_can_ask_for_terms_to_be_linked_in_captions()
    {
        var article = Path.Combine(_theme, "layouts", "article.liquid");
        File.WriteAllText(article, File.ReadAllText(article).Replace("{{ section.photo.caption }}", "{{ section.photo.caption | link_terms }}", StringComparison.Ordinal));
        _site.Write("articles/story/01-first.md", "---\ntitle: First\nphoto:\n  caption: \"Leaders of the Normandy format <b>meet</b>\"\n---\nThe Normandy format met.\n");

        _site.BuildSuccessfully(theme: _theme);

        var page = _site.Page("story/index.html");
        var caption = page.QuerySelector("figcaption")!;
        var link = caption.QuerySelector("a.term-link")!;
        Assert.Equal("normandy-format", link.GetAttribute("data-term"));
        Assert.Equal("tooltip", page.GetElementById(link.GetAttribute("aria-describedby")!)!.GetAttribute("role"));
        Assert.Null(caption.QuerySelector("b"));
        Assert.Contains("<b>meet</b>", caption.TextContent);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
