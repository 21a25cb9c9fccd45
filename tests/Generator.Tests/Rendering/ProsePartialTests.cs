using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// The markup the generator writes into the prose — a term link with its pop-up, a note's anchor and marker, a sidenote —
/// is the theme's, from the partials under <c>layouts/partials/</c>, which a site's theme overrides one by one.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ProsePartialTests : IDisposable
{
    private const string NotedSection =
        "---\ntitle: First section\nnotes:\n  - quote: \"talks resumed\"\n    text: \"They had stalled in **2019**.\"\n---\nThe talks resumed in the Normandy format.\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string SiteTheme => Path.Combine(_site.Root, "theme");

    private void Partial(string name, string text)
    {
        var path = Path.Combine(SiteTheme, "layouts", "partials", name + ".liquid");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_term_link_partial_in_the_site_theme_writes_every_term_link_and_the_rest_stays_built_in()
    {
        Partial("term-link", "<abbr class=\"desk-term\" title=\"{{ term.short }}\" data-id=\"{{ tooltip_id }}\"><a href=\"{{ term.url }}\">{{ words }}</a></abbr>\n");

        var result = _site.BuildSuccessfully(theme: SiteTheme);

        Assert.Empty(result.Diagnostics);
        var page = _site.Page("story/index.html");
        var term = Assert.Single(page.QuerySelectorAll("abbr.desk-term"));
        Assert.Equal("A diplomatic group of Germany, France, Russia and Ukraine.", term.GetAttribute("title"));
        Assert.Equal("Normandy format", term.TextContent);
        Assert.Equal("/glossary/normandy-format/", term.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("def_", term.GetAttribute("data-id"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".term-popup"));
        // The file's final line break is no part of the markup: the sentence goes on right after the link.
        Assert.Contains("</a></abbr> resumed.", File.ReadAllText(Path.Combine(_site.Output, "story", "index.html")), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet]"));
    }

    [Fact]
    public void The_note_partials_in_the_site_theme_write_each_note_s_anchor_and_sidenote()
    {
        _site.Write("articles/story/01-first.md", NotedSection);
        Partial("note-anchor", "<q class=\"desk-quote\" id=\"{{ anchor_id }}\">{{ words }}</q><a class=\"desk-marker\" href=\"#{{ note_id }}\" aria-label=\"{{ label }}\">[{{ number }}]</a>");
        Partial("sidenote", "<aside class=\"desk-note\" id=\"{{ note_id }}\" aria-label=\"{{ label }}\">{{ text }} <a href=\"#{{ anchor_id }}\" aria-label=\"{{ back_label }}\">back</a></aside>");

        _site.BuildSuccessfully(theme: SiteTheme);

        var page = _site.Page("story/index.html");
        Assert.Equal("talks resumed", page.QuerySelector("q.desk-quote#note-anchor-1")!.TextContent);
        Assert.Equal("[1]", page.QuerySelector("a.desk-marker[href='#note-1'][aria-label='Note 1']")!.TextContent);
        var note = page.QuerySelector("aside.desk-note#note-1")!;
        Assert.Equal("2019", note.QuerySelector("strong")!.TextContent);
        Assert.Equal("Back to the text of note 1", note.QuerySelector("a[href='#note-anchor-1']")!.GetAttribute("aria-label"));
        Assert.Empty(page.QuerySelectorAll("mark.note-anchor, .sidenote"));
    }

    [Fact]
    public void A_partial_that_filters_or_compares_a_link_s_own_values_is_rendered_for_each_link_with_them()
    {
        _site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: Ceasefire accords of 2014 and 2015.\n---\nSigned in Minsk.\n");
        _site.Write("articles/story/01-first.md", "---\ntitle: First section\n---\nThe Normandy format met. The Minsk agreements were cited.\n");
        Partial("term-link", "<span class=\"t\" data-n=\"{% if endnote == 1 %}first{% else %}{{ endnote | plus: 10 }}{% endif %}\">{{ words | upcase }}</span>");

        _site.BuildSuccessfully(theme: SiteTheme);

        var links = _site.Page("story/index.html").QuerySelectorAll("span.t").Select(t => (t.GetAttribute("data-n"), t.TextContent)).ToList();
        Assert.Equal([("first", "NORMANDY FORMAT"), ("12", "MINSK AGREEMENTS")], links);
    }

    [Fact]
    public void The_link_terms_filter_writes_its_links_with_the_term_link_partial()
    {
        Partial("term-link", "<abbr class=\"desk-term\" title=\"{{ term.short }}\">{{ words }}</abbr>");
        var article = Path.Combine(SiteTheme, "layouts", "article.liquid");
        File.WriteAllText(article, BuiltInText("layouts/article.liquid").Replace("{{ article.dek }}", "{{ article.dek | link_terms }}", StringComparison.Ordinal));
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndek: Advisers of the Normandy format met.\ndate: 2022-02-14\n---\n");

        _site.BuildSuccessfully(theme: SiteTheme);

        Assert.Equal(2, _site.Page("story/index.html").QuerySelectorAll("abbr.desk-term").Length);
    }

    [Fact]
    public void An_unknown_name_in_a_prose_partial_is_an_error_at_its_line_and_column()
    {
        Partial("term-link", "<a href=\"{{ term.url }}\">{{ words }}</a>\n<span>{{ term.defintion }}</span>\n");

        var error = TestSite.SingleError(_site.Build(theme: SiteTheme));

        Assert.EndsWith("theme/layouts/partials/term-link.liquid", error.Location.File.Replace('\\', '/'));
        Assert.Equal((2, 15), (error.Location.Line, error.Location.Column));
        Assert.Contains("'defintion'", error.Message);
        Assert.Contains("docs/themes.md", error.Hint);
    }

    [Fact]
    public void A_syntax_error_in_a_prose_partial_names_the_partial_line_and_column()
    {
        Partial("sidenote", "<aside id=\"{{ note_id }}\">\n{% if label %}{{ label }}\n{{ text }}</aside>\n");

        var error = TestSite.SingleError(_site.Build(theme: SiteTheme));

        Assert.EndsWith("theme/layouts/partials/sidenote.liquid", error.Location.File.Replace('\\', '/'));
        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("'{% if %}' is never closed", error.Message);
    }

    private static string BuiltInText(string name) => System.Text.Encoding.UTF8.GetString(BuiltInTheme.Read(name));
}
