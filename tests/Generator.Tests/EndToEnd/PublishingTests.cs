using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>What reaches the output folder: atomic replacement, drafts, assets, base paths.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PublishingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Failed_build_leaves_the_previous_site_byte_for_byte_unchanged()
    {
        _site.BuildSuccessfully();
        var before = FolderSnapshot.Take(_site.Output);

        _site.Write("articles/story/01-first.md", "---\ntitle: \"unclosed\n---\nText.\n");
        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, FolderSnapshot.Take(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.staging-*"));
    }

    [Fact]
    public void Successful_build_replaces_the_whole_site_and_leaves_no_staging_folder()
    {
        _site.BuildSuccessfully();
        File.WriteAllText(Path.Combine(_site.Output, "stale.html"), "left from an older build");

        _site.BuildSuccessfully();

        Assert.False(File.Exists(Path.Combine(_site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "story", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".site.staging-*"));
    }

    [Fact]
    public void Output_folder_that_is_not_a_generated_site_is_never_replaced()
    {
        Directory.CreateDirectory(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "thesis.docx"), "precious");

        var error = TestSite.SingleError(_site.Build());

        Assert.Contains("does not look like a generated site", error.Message);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(_site.Output, "thesis.docx")));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        _site.Write("articles/wip/index.md", "---\ntitle: Work in progress\ndate: 2022-02-15\ndraft: true\n---\n");
        _site.Write("articles/wip/01-only.md", "---\ntitle: Only\n---\nText.\n");

        _site.BuildSuccessfully();
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "wip")));
        Assert.DoesNotContain("Work in progress", File.ReadAllText(Path.Combine(_site.Output, "index.html")));

        _site.BuildSuccessfully(drafts: true);
        Assert.True(File.Exists(Path.Combine(_site.Output, "wip", "index.html")));
    }

    [Fact]
    public void Input_assets_are_copied_unchanged()
    {
        _site.WriteBytes("assets/photos/kyiv.jpg", [0xFF, 0xD8, 0xFF, 0x00, 0x42]);

        _site.BuildSuccessfully();

        Assert.Equal([0xFF, 0xD8, 0xFF, 0x00, 0x42], File.ReadAllBytes(Path.Combine(_site.Output, "assets", "photos", "kyiv.jpg")));
    }

    [Fact]
    public void Links_are_root_relative_by_default()
    {
        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Equal("/glossary/normandy-format/", page.QuerySelector("a.term-link")!.GetAttribute("href"));
        Assert.StartsWith("/theme/", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Base_url_with_a_path_prefixes_every_internal_link_and_asset()
    {
        _site.BuildSuccessfully(baseUrl: "https://example.org/news/");

        var page = _site.Page("story/index.html");
        Assert.Equal("/news/glossary/normandy-format/", page.QuerySelector("a.term-link")!.GetAttribute("href"));
        Assert.StartsWith("/news/theme/", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']"),
            element => Assert.StartsWith("/news/", element.GetAttribute("href") ?? element.GetAttribute("src")));
    }

    [Fact]
    public void Footnotes_of_different_sections_get_distinct_ids()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nOne claim.[^a]\n\n[^a]: First source.\n");
        _site.Write("articles/story/02-second.md", "---\ntitle: Second\n---\nAnother claim.[^a]\n\n[^a]: Second source.\n");

        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var link in page.QuerySelectorAll("a.footnote-ref, a.footnote-back-ref"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_not_injected()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nHello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n");

        _site.BuildSuccessfully();

        var prose = _site.Page("story/index.html").QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert(1)</script>", prose.TextContent);
    }

    [Fact]
    public void Front_matter_text_is_escaped()
    {
        _site.Write("articles/story/index.md", "---\ntitle: \"<img src=x onerror=alert(1)> & co\"\ndate: 2022-02-14\n---\n");

        _site.BuildSuccessfully();

        var page = _site.Page("story/index.html");
        Assert.Equal("<img src=x onerror=alert(1)> & co", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("img"));
    }

    [Fact]
    public void File_names_with_spaces_and_accents_get_readable_addresses()
    {
        _site.Write("articles/Été à Kyiv/index.md", "---\ntitle: Summer\ndate: 2022-06-01\n---\n");
        _site.Write("articles/Été à Kyiv/01-First Day.md", "---\ntitle: First day\n---\nText.\n");

        _site.BuildSuccessfully();

        Assert.True(File.Exists(Path.Combine(_site.Output, "été-à-kyiv", "index.html")));
        Assert.NotNull(_site.Page("été-à-kyiv/index.html").GetElementById("first-day"));
    }

    [Fact]
    public void Output_is_identical_across_builds()
    {
        _site.BuildSuccessfully();
        var first = FolderSnapshot.Take(_site.Output).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]);

        _site.BuildSuccessfully();
        var second = FolderSnapshot.Take(_site.Output).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Footnote_nobody_refers_to_is_a_warning_at_its_line()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met.\n\n[^1]: Lost note.\n");

        var result = _site.BuildSuccessfully();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((6, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("[^1] is never referred to", warning.Message);
    }

    [Fact]
    public void Base_url_with_a_path_is_used_in_feed_sitemap_robots_and_canonical_links()
    {
        _site.BuildSuccessfully(baseUrl: "https://example.org/news/");

        var feed = File.ReadAllText(Path.Combine(_site.Output, "feed.xml"));
        Assert.Contains("<id>https://example.org/news/story/</id>", feed);
        Assert.Contains("xml:base=\"https://example.org/news/\"", feed);
        Assert.Contains("<loc>https://example.org/news/glossary/normandy-format/</loc>", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")));
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", File.ReadAllText(Path.Combine(_site.Output, "robots.txt")));
        var page = _site.Page("story/index.html");
        Assert.Equal("https://example.org/news/story/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/news/feed.xml", page.QuerySelector("link[rel=alternate]")!.GetAttribute("href"));
    }
}
