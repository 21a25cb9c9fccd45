using System.Net;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// Drafts as an editor meets them: the preview shows them, marked "Draft", unless --no-drafts; a build or check that
/// leaves them out says how many; a term only a draft uses is a note, not an unused-term warning.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class DraftTests : IDisposable
{
    private readonly TestSite _site = new();

    public DraftTests()
    {
        _site.Write("articles/wip/index.md", "---\ntitle: Work in progress\ndate: 2022-02-15\ndraft: true\n---\n");
        _site.Write("articles/wip/01-only.md", "---\ntitle: Only\n---\nThe Minsk agreements were signed in 2015.\n");
    }

    public void Dispose() => _site.Dispose();

    private GeneratorProcess.Outcome Run(params string[] arguments) =>
        GeneratorInProcess.Run(_site.Root, [.. arguments, "--theme", RepositoryPaths.Theme]);

    private GeneratorProcess.Outcome Check() =>
        GeneratorInProcess.RunCommand(_site.Root, "check", "--input", _site.Input, "--theme", RepositoryPaths.Theme,
            "--headers", Path.Combine(_site.Root, "netlify.toml"));

    /// <summary>Runs <c>serve</c> until it says it is serving, fetches <paramref name="path"/>, and stops it.</summary>
    private static Task<(HttpStatusCode Status, string Page, string Output)> Serve(TestSite site, string path, params string[] arguments)
    {
        var port = FreePort.Next();
        return GeneratorInProcess.Serve(site.Root,
            ["--input", site.Input, "--output", site.Output, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--theme", RepositoryPaths.Theme, "--headers", Path.Combine(RepositoryPaths.Root, "netlify.toml"), .. arguments],
            async output =>
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
                using var response = await client.GetAsync(path);
                return (response.StatusCode, await response.Content.ReadAsStringAsync(), output);
            });
    }

    [Fact]
    public async Task Serve_shows_drafts_by_default_with_a_visible_draft_marker()
    {
        var (status, page, _) = await Serve(_site, "/wip/");

        Assert.Equal(HttpStatusCode.OK, status);
        var marker = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector(".article-header .draft-banner");
        Assert.NotNull(marker);
        Assert.StartsWith("Draft", marker.TextContent);
    }

    [Fact]
    public async Task Serve_with_no_drafts_previews_the_site_as_published_and_says_how_many_drafts_it_left_out()
    {
        var (status, _, output) = await Serve(_site, "/wip/", "--no-drafts");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Left out 1 draft (draft: true); serve without --no-drafts to preview them.", output);
    }

    [Fact]
    public void Build_without_drafts_says_how_many_it_left_out_and_with_drafts_says_nothing()
    {
        var without = Run();
        var with = Run("--drafts");

        Assert.Contains("Left out 1 draft (draft: true); build with --drafts to include them.", without.Output);
        Assert.DoesNotContain("Left out", with.Output);
    }

    [Fact]
    public void Term_used_only_in_a_draft_is_a_note_naming_the_draft_and_check_passes()
    {
        _site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: Two ceasefire agreements.\n---\nBody.\n");

        var check = Check();

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("input/glossary/minsk-agreements.md:2:1: note: the glossary term 'Minsk agreements' is used only in the draft 'wip'", check.Error);
        Assert.DoesNotContain("not used in any article", check.Error);
    }

    [Fact]
    public void Term_used_nowhere_is_still_a_warning_that_fails_check()
    {
        _site.Write("glossary/nato.md", "---\nterm: NATO\nshort: A military alliance.\n---\nBody.\n");

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error: the glossary term 'NATO' is not used in any article", check.Error);
    }
}
