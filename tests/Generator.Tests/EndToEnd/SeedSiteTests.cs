using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Tests.EndToEnd;

/// <summary>The seed article, built from the repository's input/, has every page and part the foundation promises.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SeedSiteTests(SeedSiteFixture seed) : IClassFixture<SeedSiteFixture>
{
    private static readonly string[] SectionSlugs =
    [
        "guterres-calls-for-diplomacy",
        "zelensky-scholz-discussed-regional-security",
        "ukraine-belarus-discussed-mutual-trust-on-security",
        "us-embassy-in-ukraine-to-be-relocated",
        "state-duma-to-discuss-resolutions-on-lugansk-donetsk",
    ];

    [Fact]
    public void Seed_builds_without_errors_or_warnings()
    {
        Assert.True(seed.Result.Succeeded);
        Assert.DoesNotContain(seed.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Empty(seed.Result.Diagnostics);
    }

    [Fact]
    public void Front_page_lists_the_article_with_title_dek_and_date()
    {
        var card = seed.Page("index.html").QuerySelector(".article-card")!;

        Assert.Equal($"/{SeedSiteFixture.ArticleSlug}/", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".dek")?.TextContent));
        Assert.Equal("2022-02-14", card.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Article_has_its_five_sections_in_order_with_a_table_of_contents()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");

        Assert.Equal(SectionSlugs, page.QuerySelectorAll("section.article-section").Select(s => s.Id));
        Assert.Equal(SectionSlugs.Select(s => "#" + s), page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2022-02-14", page.QuerySelector(".article-header time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Every_sentence_of_the_source_story_is_on_the_article_page()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");
        foreach (var definition in page.QuerySelectorAll(".term-popup, .note-marker, .term-endnotes").ToList())
        {
            definition.Remove();
        }

        var visible = Normalise(page.QuerySelector("article")!.TextContent);
        var source = File.ReadAllLines(Path.Combine(Support.RepositoryPaths.Root, "..", "shared", "seed", "article.txt"));

        foreach (var line in source.Where(l => l.Trim().Length > 0))
        {
            var text = Regex.Replace(line, "^(ALSO READ|READ MORE): ", "");
            text = Regex.Replace(text, "^UNITED NATIONS/KYIV/MOSCOW/WASHINGTON/MINSK - ", "");
            foreach (var part in Regex.Split(text, @" \(([A-Z ]+ / [A-Z]+)\)$"))
            {
                Assert.Contains(Normalise(part), visible);
            }
        }
    }

    [Fact]
    public void Captions_pull_quotes_related_links_dateline_and_notes_are_rendered()
    {
        var first = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html").GetElementById(SectionSlugs[0])!;

        Assert.Contains("ANWAR AMRO / AFP", first.QuerySelector("figure.photo .credit")!.TextContent);
        Assert.Contains("There is no alternative to diplomacy", first.QuerySelector("figure.pullquote")!.TextContent);
        Assert.Contains("Eastern Europe braces for refugees", first.QuerySelector("aside.related")!.TextContent);
        Assert.Equal("UNITED NATIONS/KYIV/MOSCOW/WASHINGTON/MINSK", first.QuerySelector(".dateline")!.TextContent.Trim());
        Assert.True(first.QuerySelectorAll("aside.notes li").Length >= 2);
    }

    [Fact]
    public void Every_section_has_at_least_two_anchored_notes()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");

        foreach (var section in page.QuerySelectorAll("section.article-section"))
        {
            var anchors = section.QuerySelectorAll("mark.note-anchor");
            Assert.True(anchors.Length >= 2, $"{section.Id} has {anchors.Length} anchored notes");
            foreach (var anchor in anchors)
            {
                var target = anchor.NextElementSibling!.QuerySelector("a")!.GetAttribute("href")![1..];
                var sidenote = section.QuerySelector($"aside.sidenote[id='{target}']");
                Assert.NotNull(sidenote);
                Assert.Equal("#" + anchor.Id, sidenote!.QuerySelector(".sidenote-back")!.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void Glossary_terms_of_the_story_are_linked_in_the_prose()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");
        var linked = page.QuerySelectorAll("a.term-link").Select(a => a.GetAttribute("data-term")).ToHashSet();

        foreach (var slug in new[] { "normandy-format", "minsk-agreements", "un-charter", "nato", "nord-stream-2", "donbas", "state-duma", "good-offices", "interfax-ukraine", "un-secretary-general" })
        {
            Assert.Contains(slug, linked);
        }
    }

    [Fact]
    public void Terms_are_never_linked_inside_headings_or_captions()
    {
        var page = seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html");

        Assert.Empty(page.QuerySelectorAll("h1 a.term-link, h2 a.term-link, h3 a.term-link, figcaption a.term-link, nav a.term-link"));
    }

    [Fact]
    public void Each_term_is_linked_at_most_once_per_section()
    {
        foreach (var section in seed.Page($"{SeedSiteFixture.ArticleSlug}/index.html").QuerySelectorAll("section.article-section"))
        {
            var slugs = section.QuerySelectorAll("a.term-link").Select(a => a.GetAttribute("data-term")).ToList();
            Assert.Equal(slugs.Distinct().Count(), slugs.Count);
        }
    }

    [Fact]
    public void Every_term_link_is_described_by_its_definition()
    {
        foreach (var file in seed.HtmlFiles())
        {
            var page = Support.TestSite.ParsePage(file);
            foreach (var link in page.QuerySelectorAll("a.term-link"))
            {
                var tooltip = page.GetElementById(link.GetAttribute("aria-describedby")!);
                Assert.NotNull(tooltip);
                Assert.Equal("tooltip", tooltip!.GetAttribute("role"));
                Assert.False(string.IsNullOrWhiteSpace(tooltip.TextContent));
            }
        }
    }

    [Fact]
    public void Glossary_lists_every_term_a_to_z_with_anchors_and_back_references()
    {
        var page = seed.Page("glossary/index.html");
        var names = page.QuerySelectorAll(".glossary-entry dt a").Select(a => a.TextContent).ToList();

        Assert.True(names.Count >= 14);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var normandy = page.GetElementById("normandy-format")!;
        Assert.Contains($"/{SeedSiteFixture.ArticleSlug}/#zelensky-scholz-discussed-regional-security",
            normandy.ParentElement!.QuerySelectorAll(".used-in a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_term_has_its_own_page()
    {
        var slugs = seed.Page("glossary/index.html").QuerySelectorAll(".glossary-entry dt").Select(dt => dt.Id).ToList();

        foreach (var slug in slugs)
        {
            var page = seed.Page($"glossary/{slug}/index.html");
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")!.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".definition")!.TextContent));
        }
    }

    [Fact]
    public void Not_found_page_exists()
    {
        Assert.Contains("not found", seed.Page("404.html").QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pages_have_no_inline_scripts_or_styles()
    {
        foreach (var file in seed.HtmlFiles())
        {
            var page = Support.TestSite.ParsePage(file);
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), file));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Theme_assets_are_fingerprinted_and_referenced_by_that_name()
    {
        var stylesheet = seed.Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(@"^/theme/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.True(File.Exists(Path.Combine(seed.Output, stylesheet.TrimStart('/'))));
    }

    [Fact]
    public void Element_ids_are_unique_on_every_page()
    {
        foreach (var file in seed.HtmlFiles())
        {
            var ids = Support.TestSite.ParsePage(file).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{file} repeats an id: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Internal_links_resolve_to_files_and_fragments()
    {
        foreach (var file in seed.HtmlFiles())
        {
            foreach (var href in Support.TestSite.ParsePage(file).QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']")
                         .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                var path = href.Split('#')[0];
                var target = Path.Combine(seed.Output, Uri.UnescapeDataString(path).TrimStart('/'));
                target = path.EndsWith('/') ? Path.Combine(target, "index.html") : target;
                Assert.True(File.Exists(target), $"{file} links to {href}, which does not exist");
                if (href.Contains('#'))
                {
                    Assert.NotNull(Support.TestSite.ParsePage(target).GetElementById(Uri.UnescapeDataString(href.Split('#')[1])));
                }
            }
        }
    }

    private static string Normalise(string text) =>
        Regex.Replace(text, @"\s+", " ")
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Trim();
}
