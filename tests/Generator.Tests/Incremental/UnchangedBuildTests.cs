using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// A build whose inputs (every file under the input and theme folders, the options, "now" within the span that
/// publishes the same articles) and output folder are as the last successful build left them does nothing, and
/// reports what that build did; any change to one of them makes it build, and the result is a clean build's.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class UnchangedBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSite _site = new();
    private readonly string _theme;

    public UnchangedBuildTests()
    {
        _theme = _site.CopyTheme();
        _site.Write("articles/story/02-second.md", "---\ntitle: Second section\n---\nThe [desk](https://example.org/desk) met in the Normandy Four.\n");
        // A warning the build gives, which a build that does nothing must give again.
        _site.Write("glossary/unused-term.md", "---\nterm: Unused term\nshort: Named nowhere in the prose.\n---\nNothing.\n");
    }

    private BuildResult Build(DateTimeOffset? now = null, string? baseUrl = null)
    {
        var result = BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, _theme, baseUrl, Cache: new BuildCache(BuildCache.FolderFor(_site.Output)), Now: now ?? Now));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return result;
    }

    private static bool DidNothing(BuildResult result) =>
        result.Timings.Any(t => t.Step == "compare with last build") && result.Timings.All(t => t.Step != "load content");

    [Fact]
    public void A_build_with_nothing_changed_writes_nothing_and_reports_what_the_last_one_did()
    {
        var first = Build();
        var before = FolderSnapshot.Take(_site.Output);

        var again = Build();

        Assert.True(DidNothing(again));
        Assert.Equal(before, FolderSnapshot.Take(_site.Output));
        Assert.Equal((first.Pages, first.Articles, first.Terms, first.TermLinks, first.DraftsLeftOut), (again.Pages, again.Articles, again.Terms, again.TermLinks, again.DraftsLeftOut));
        Assert.Equal(0, again.ArticlesRendered);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(first.Files!.Changed + first.Files.Unchanged, again.Files!.Unchanged);
        Assert.Equal(0, again.Files.Changed);
        Assert.Contains(again.Diagnostics, d => d.Message.Contains("Unused term", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, again.Diagnostics);
    }

    public static TheoryData<string> Changes() =>
    [
        "append to a section",
        "same text, write time set back",
        "add a content asset",
        "remove an article's section",
        "edit a layout",
        "add a theme file",
        "base address",
        "delete a page of the site",
        "write into a page of the site",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_an_input_or_to_the_output_folder_builds_again_as_a_clean_build_would(string change)
    {
        Build();
        var baseUrl = (string?)null;
        var section = _site.PathOf("articles/story/02-second.md");
        switch (change)
        {
            case "append to a section":
                File.AppendAllText(section, "Talks would resume.\n");
                break;
            case "same text, write time set back":
                // An editor's "keep modification time", or a checkout of an older commit: the change time still moves.
                var written = File.GetLastWriteTimeUtc(section);
                File.WriteAllText(section, File.ReadAllText(section).Replace("desk", "team", StringComparison.Ordinal));
                File.SetLastWriteTimeUtc(section, written);
                break;
            case "add a content asset":
                _site.WriteBytes("assets/notes.txt", "Notes from the desk."u8.ToArray());
                break;
            case "remove an article's section":
                _site.Delete("articles/story/02-second.md");
                break;
            case "edit a layout":
                var layout = Path.Combine(_theme, "layouts", "article.liquid");
                File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<!-- edited --></main>", StringComparison.Ordinal));
                break;
            case "add a theme file":
                File.WriteAllText(Path.Combine(_theme, "assets", "extra.css"), "p { margin: 0; }\n");
                break;
            case "base address":
                baseUrl = "https://example.org/news/";
                break;
            case "delete a page of the site":
                File.Delete(Path.Combine(_site.Output, "story", "index.html"));
                break;
            case "write into a page of the site":
                File.AppendAllText(Path.Combine(_site.Output, "story", "index.html"), "<!-- by hand -->");
                break;
        }

        var again = Build(baseUrl: baseUrl);

        Assert.False(DidNothing(again), change);
        var reference = Path.Combine(_site.Root, "reference");
        Assert.True(BuildPipeline.Run(new BuildOptions(_site.Input, reference, _theme, baseUrl, Now: Now)).Succeeded);
        Assert.Equal(FolderSnapshot.Take(reference).Select(pair => (pair.Key, pair.Value.Split('@')[0])),
            FolderSnapshot.Take(_site.Output).Select(pair => (pair.Key, pair.Value.Split('@')[0])));
        Assert.True(DidNothing(Build(baseUrl: baseUrl)), $"{change}: the build after it has nothing to do");
    }

    [Fact]
    public void A_scheduled_article_is_published_by_the_first_build_after_its_time_though_no_file_changed()
    {
        _site.Write("articles/later/index.md", "---\ntitle: Later story\ndate: 2022-03-01T18:00:00Z\n---\n");
        _site.Write("articles/later/01-first.md", TestSite.MinimalSection);
        Assert.NotNull(Build().HeldBack);

        Assert.True(DidNothing(Build(Now.AddHours(5))));
        var released = Build(Now.AddHours(6));

        Assert.False(DidNothing(released));
        Assert.Null(released.HeldBack);
        Assert.True(File.Exists(Path.Combine(_site.Output, "later", "index.html")));
        // A "now" before the newest published article would hold it back again.
        Assert.False(DidNothing(Build(Now)));
        Assert.False(File.Exists(Path.Combine(_site.Output, "later", "index.html")));
    }

    [Fact]
    public void A_damaged_record_of_the_last_build_makes_the_build_run()
    {
        Build();
        var record = Path.Combine(BuildCache.FolderFor(_site.Output), "build.bin");
        var bytes = File.ReadAllBytes(record);
        File.WriteAllBytes(record, bytes[..(bytes.Length / 2)]);

        Assert.False(DidNothing(Build()));
        Assert.True(DidNothing(Build()));
    }

    public void Dispose() => _site.Dispose();
}
