using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// Issue #6 point 6: a build keeps a cache beside the output folder; a rebuild re-renders only what an edit affects,
/// leaves files whose bytes did not change untouched (same modification time), and is always byte-identical to a
/// clean build.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    [Fact]
    public void Rebuild_without_changes_renders_no_article_and_touches_no_file()
    {
        _site.Build();
        var before = _site.Snapshot();

        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Equal(0, result.PagesRendered);
        Assert.Equal(0, result.Files!.Changed);
        Assert.Empty(IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Section_edit_re_renders_its_article_and_rewrites_only_the_files_that_show_it()
    {
        _site.Build();
        var before = _site.Snapshot();

        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        var result = _site.Build();

        Assert.Equal(1, result.ArticlesRendered);
        // Its page, and the front page, its year's and month's archives and the 404 page, which list it; the term pages
        // it shows up on are unchanged.
        Assert.Equal(5, result.PagesRendered);
        // The article page, and the feed that carries its full text; nothing else.
        Assert.Equal(["accords/index.html", "accords/preview.json", "feed.xml"], IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_section_edit_appends_to_the_caches_record_files_and_writes_none_of_them_whole()
    {
        _site.Build();
        var records = new[] { "articles.bin", "pages.bin", "parsed.bin", "search.bin", "backlinks.bin" }.Select(name => Path.Combine(_site.Cache.Folder, name)).ToList();
        var bases = records.ToDictionary(path => path, File.ReadAllBytes);

        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        _site.Build();

        Assert.All(records, path => Assert.Equal(bases[path], File.ReadAllBytes(path)));
        // The backlinks are unchanged: nothing to append.
        Assert.All(records.SkipLast(1), path => Assert.True(File.Exists(path + ".journal"), $"{path} has no journal"));
        Assert.False(File.Exists(records[^1] + ".journal"));

        // A journal cut off by a killed build costs only the work it saved.
        foreach (var journal in Directory.EnumerateFiles(_site.Cache.Folder, "*.journal"))
        {
            using var stream = new FileStream(journal, FileMode.Open);
            stream.SetLength(stream.Length - 1);
        }

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, in the Normandy format.\n");
        Assert.Equal(2, _site.Build().ArticlesRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_feed_is_kept_when_an_article_it_does_not_carry_changes_and_rewritten_when_one_it_carries_does()
    {
        _site.Site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 1\n");
        _site.Build();
        var before = _site.Snapshot();
        // The feed is recorded in the cache like a page, so the next build can take it from there.
        Assert.Contains("feed.xml", new BuildCache(BuildCache.FolderFor(_site.Site.Output)).Pages.Keys);

        // "accords" is older than "kremlin", the one article the feed carries.
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        _site.Build();
        Assert.Equal(["accords/index.html", "accords/preview.json"], IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();

        before = _site.Snapshot();
        _site.Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing at all, and the State Duma met.\n");
        _site.Build();
        Assert.Equal(["feed.xml", "kremlin/index.html", "kremlin/preview.json"], IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Definition_edit_re_renders_an_article_whose_standfirst_alone_links_the_term_and_the_front_page()
    {
        _site.Site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\n---\nThe State Duma watched.\n");
        _site.Build();
        var before = _site.Snapshot();

        _site.Site.Write("glossary/state-duma.md", "---\nterm: State Duma\nshort: The lower house of the Federal Assembly.\n---\nIt has 450 seats.\n");
        _site.Build();

        var touched = IncrementalSite.Touched(before, _site.Snapshot());
        Assert.Contains("talks/index.html", touched);
        Assert.Contains("index.html", touched);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Definition_edit_re_renders_only_the_articles_that_use_the_term()
    {
        _site.Build();
        var before = _site.Snapshot();

        _site.Site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: Two ceasefire accords, of 2014 and 2015.\n---\nSigned in Minsk.\n");
        var result = _site.Build();

        Assert.Equal(1, result.ArticlesRendered);
        var touched = IncrementalSite.Touched(before, _site.Snapshot());
        Assert.Contains("accords/index.html", touched);
        Assert.Contains("glossary/minsk-agreements/index.html", touched);
        Assert.DoesNotContain("talks/index.html", touched);
        Assert.DoesNotContain("kremlin/index.html", touched);
        Assert.DoesNotContain("glossary/normandy-format/index.html", touched);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Long_definition_edit_renders_no_article_and_rewrites_the_term_s_page()
    {
        _site.Build();
        var before = _site.Snapshot();

        // Articles show a term's name and short definition, never its long one.
        _site.Site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: Ceasefire accords of 2014 and 2015.\n---\nSigned in Minsk, in Belarus.\n");
        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Equal(["glossary/minsk-agreements/index.html"], IncrementalSite.Touched(before, _site.Snapshot()));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_definition_is_rendered_again_only_when_its_file_or_a_term_it_links_changes()
    {
        // The State Duma's definition links the Minsk agreements; the Normandy format's links nothing.
        _site.Site.Write("glossary/state-duma.md", "---\nterm: State Duma\nshort: The lower house of Russia's parliament.\n---\nIt has 450 seats and ratified the Minsk agreements.\n");
        Assert.Equal((3, 3), _site.Build().DefinitionsRendered);

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, then a third.\n");
        Assert.Equal((0, 3), _site.Build().DefinitionsRendered);
        _site.AssertSameAsCleanBuild();

        // The pop-up in the Duma's definition shows the agreements' short definition.
        _site.Site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: The ceasefire accords signed in Minsk.\n---\nSigned in Minsk.\n");
        Assert.Equal((2, 3), _site.Build().DefinitionsRendered);
        Assert.Contains("The ceasefire accords signed in Minsk.", File.ReadAllText(Path.Combine(_site.Site.Output, "glossary", "state-duma", "index.html")));
        _site.AssertSameAsCleanBuild();

        _site.Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("\n---\n", "\n---\nFour countries.\n", StringComparison.Ordinal));
        Assert.Equal((1, 3), _site.Build(freshProcess: false).DefinitionsRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_definition_taken_from_the_cache_reports_its_warnings_again()
    {
        // The site does not trust raw HTML: rendering warns that it is shown as text.
        _site.Site.Write("glossary/state-duma.md", "---\nterm: State Duma\nshort: The lower house of Russia's parliament.\n---\nIt has <span>450</span> seats.\n");
        var first = _site.Build();
        var warnings = first.Diagnostics.Where(d => d.Location.File.EndsWith("state-duma.md", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, warning => warning.Message.Contains("raw HTML", StringComparison.Ordinal));

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, then a third.\n");
        var again = _site.Build();

        Assert.Equal((0, 3), again.DefinitionsRendered);
        Assert.Equal(warnings, again.Diagnostics.Where(d => d.Location.File.EndsWith("state-duma.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void New_term_re_renders_the_articles_whose_text_has_it_and_links_it()
    {
        _site.Build();

        _site.Site.Write("glossary/kremlin.md", "---\nterm: Kremlin\nshort: The seat of Russia's presidency, in Moscow.\n---\nA fortress in Moscow.\n");
        var result = _site.Build();

        Assert.Equal(1, result.ArticlesRendered);
        Assert.Contains("/glossary/kremlin/", File.ReadAllText(Path.Combine(_site.Site.Output, "kremlin", "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Changed_alias_re_renders_the_articles_that_match_it_before_or_after()
    {
        _site.Build();

        // "Duma" now links on its own: the article that says "State Duma" keeps its link, checked against a clean build.
        _site.Site.Write("glossary/state-duma.md", "---\nterm: State Duma\naliases: [Duma]\nshort: The lower house of Russia's parliament.\n---\nIt has 450 seats.\n");
        var result = _site.Build();

        Assert.Equal(1, result.ArticlesRendered);
        _site.AssertSameAsCleanBuild();

        _site.Site.Delete("glossary/state-duma.md");
        _site.Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing.\n");
        _site.Build();
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Layout_edit_renders_every_page_again_from_the_cached_articles()
    {
        _site.Theme = _site.Site.CopyTheme();
        _site.Build();

        var layout = Path.Combine(_site.Theme, "layouts", "article.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("class=\"article-body\"", "class=\"article-body edited\"", StringComparison.Ordinal));
        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        Assert.Contains("article-body edited", File.ReadAllText(Path.Combine(_site.Site.Output, "talks", "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Term_link_partial_edit_renders_every_article_that_links_a_term_again()
    {
        _site.Theme = _site.Site.CopyTheme();
        _site.Build();

        var partial = Path.Combine(_site.Theme, "layouts", "partials", "term-link.liquid");
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("class=\"term-tip\"", "class=\"term-tip edited\"", StringComparison.Ordinal));
        var result = _site.Build();

        Assert.Equal(3, result.ArticlesRendered);
        Assert.Contains("term-tip edited", File.ReadAllText(Path.Combine(_site.Site.Output, "talks", "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Edit_of_a_partial_the_note_anchor_partial_renders_makes_the_prose_again()
    {
        _site.Theme = _site.Site.CopyTheme();
        File.WriteAllText(Path.Combine(_site.Theme, "layouts", "partials", "note-number.liquid"), "{{ number }}");
        var anchor = Path.Combine(_site.Theme, "layouts", "partials", "note-anchor.liquid");
        File.WriteAllText(anchor, File.ReadAllText(anchor).Replace(">{{ number }}</a>", ">{% render 'partials/note-number', number: number %}</a>", StringComparison.Ordinal));
        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\nnotes:\n  - quote: second round\n    text: The first was in Paris.\n---\nA second round followed in Berlin.\n");
        _site.Build();

        File.WriteAllText(Path.Combine(_site.Theme, "layouts", "partials", "note-number.liquid"), "({{ number }})");
        _site.Build();

        Assert.Contains(">(1)</a></sup>", File.ReadAllText(Path.Combine(_site.Site.Output, "talks", "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_term_shown_only_through_the_themes_link_terms_filter_is_a_dependency_of_the_pages_that_show_it()
    {
        // The article's only mention of the term is in front-matter text the theme links itself (dek and caption).
        _site.Theme = _site.Site.CopyTheme();
        foreach (var layout in new[] { "article", "article-list" })
        {
            var path = Path.Combine(_site.Theme, "layouts", layout + ".liquid");
            File.WriteAllText(path, File.ReadAllText(path)
                .Replace("{{ article.dek }}", "{{ article.dek | link_terms }}", StringComparison.Ordinal)
                .Replace("{{ section.photo.caption }}", "{{ section.photo.caption | link_terms }}", StringComparison.Ordinal));
        }

        _site.Site.Write("articles/caption/index.md", "---\ntitle: Pictured\ndek: Leaders of the Normandy format met.\ndate: 2022-02-18\n---\n");
        _site.Site.Write("articles/caption/01-only.md", "---\ntitle: Only\nphoto:\n  caption: Advisers of the Normandy format.\n  alt: Advisers at a table.\n---\nAdvisers met again.\n");
        _site.Build();

        _site.Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("short: ", "short: Revised. ", StringComparison.Ordinal));
        _site.Build();

        Assert.Contains("Revised.", File.ReadAllText(Path.Combine(_site.Site.Output, "caption", "index.html")));
        Assert.Contains("Revised.", File.ReadAllText(Path.Combine(_site.Site.Output, "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Added_and_deleted_articles_update_every_page_that_lists_them()
    {
        _site.Build();

        _site.Site.Write("articles/sanctions/index.md", "---\ntitle: Sanctions\ndate: 2022-02-17\n---\n");
        _site.Site.Write("articles/sanctions/01-first.md", "---\ntitle: First\n---\nThe Minsk agreements were cited again.\n");
        Assert.Equal(1, _site.Build().ArticlesRendered);
        _site.AssertSameAsCleanBuild();

        Directory.Delete(_site.Site.PathOf("articles/talks"), recursive: true);
        _site.Build();
        _site.AssertSameAsCleanBuild();
        Assert.False(File.Exists(Path.Combine(_site.Cache.Folder, "articles", "talks.bin")));
    }

    [Fact]
    public void Section_title_edit_re_renders_the_pages_of_the_terms_it_uses_and_no_other_term_page()
    {
        _site.Build();
        var before = _site.Snapshot();

        // A term's page lists the sections that use it by their titles; the prose of those sections it does not show.
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: In Minsk\n---\nBoth sides cited the Minsk agreements.\n");
        var result = _site.Build();

        var touched = IncrementalSite.Touched(before, _site.Snapshot());
        Assert.Contains("glossary/minsk-agreements/index.html", touched);
        Assert.DoesNotContain("glossary/state-duma/index.html", touched);
        // The article's page, the front page, its year's and month's archives and the 404 page (they list the article),
        // the glossary and the term's page.
        Assert.Equal(7, result.PagesRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_rebuild_reads_the_html_of_no_article_whose_page_and_feed_entry_are_unchanged()
    {
        // The feed carries only the newest article ("kremlin"); the others' HTML is needed by nothing that is made again.
        _site.Site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 1\n");
        _site.Build();
        File.Delete(Path.Combine(_site.Cache.Folder, "articles", "talks.bin"));
        File.Delete(Path.Combine(_site.Cache.Folder, "articles", "accords.bin"));

        var unchanged = _site.Build();

        Assert.Equal(0, unchanged.ArticlesRendered);
        _site.AssertSameAsCleanBuild();

        // A layout edit shows every article's HTML again: the two whose HTML is gone are rendered, the other is read.
        _site.Theme = _site.Site.CopyTheme();
        var layout = Path.Combine(_site.Theme, "layouts", "article.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("class=\"article-body\"", "class=\"article-body edited\"", StringComparison.Ordinal));
        var themed = _site.Build();
        Assert.Equal(2, themed.ArticlesRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_front_page_shows_the_standfirst_of_an_article_taken_from_the_cache_without_its_sections_html()
    {
        _site.Site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 1\n");
        _site.Site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\n---\nAdvisers of the Normandy format meet again.\n");
        _site.Build();

        // Another article's edit renders the front page again, from the cached "talks" (not in the feed, page unchanged).
        _site.Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements again.\n");
        _site.Build();

        Assert.Contains("Advisers of the", File.ReadAllText(Path.Combine(_site.Site.Output, "index.html")));
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_html_a_failed_build_rendered_is_never_taken_with_the_record_of_another_build()
    {
        _site.Build();
        var original = File.ReadAllText(_site.Site.PathOf("articles/kremlin/01-waiting.md"));

        // The article is rendered and its HTML stored, but the build fails elsewhere and saves no index.
        _site.Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said something else entirely.\n");
        _site.Site.Write("glossary/broken.md", "---\nterm: Broken\n---\nNo short definition.\n");
        Assert.False(_site.Attempt().Succeeded);

        // Back to the text the saved index was made from: the feed must carry that text, not the failed build's.
        _site.Site.Write("articles/kremlin/01-waiting.md", original);
        _site.Site.Delete("glossary/broken.md");
        _site.Build();
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_page_changed_by_hand_in_the_output_folder_is_rendered_again()
    {
        _site.Build();
        File.AppendAllText(Path.Combine(_site.Site.Output, "talks", "index.html"), "<!-- edited by hand -->");

        var result = _site.Build();

        Assert.Equal(0, result.ArticlesRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Damaged_cache_files_are_ignored()
    {
        _site.Build();
        foreach (var file in Directory.EnumerateFiles(_site.Cache.Folder, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        }

        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin, in the Normandy format.\n");
        var result = _site.Build();

        Assert.Equal(3, result.ArticlesRendered);
        _site.AssertSameAsCleanBuild();
    }

    [Fact]
    public void Warnings_of_a_reused_article_are_reported_on_every_build()
    {
        _site.Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed.\n\n[^1]: Nobody refers to this.\n");
        var first = _site.Build();

        var second = _site.Build();

        Assert.Equal(0, second.ArticlesRendered);
        var warning = Assert.Single(second.Diagnostics, d => d.Message.Contains("never referred to", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_preview_session_keeps_the_cache_in_memory_between_builds()
    {
        _site.Build(freshProcess: false);
        _site.Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met again in the Normandy format.\n");

        var result = _site.Build(freshProcess: false);

        Assert.Equal(1, result.ArticlesRendered);
        _site.AssertSameAsCleanBuild();
    }

    public void Dispose() => _site.Dispose();
}
