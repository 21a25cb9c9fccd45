using Generator.Diagnostics;
using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.News;

/// <summary>
/// An edit cannot go unnoticed: a build whose article reads differently from what the last build published, with
/// neither 'updated' nor 'corrections' changed, warns at the article's 'updated' (an error with --strict).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class UnmarkedEditTests : IDisposable
{
    private const string Story = "---\ntitle: A test story\ndate: 2022-02-14\nupdated: 2022-02-15\n---\n";
    private readonly TestSite _site = new();

    public UnmarkedEditTests() => _site.Write("articles/story/index.md", Story);

    private BuildResult Build(bool strict = false) =>
        BuildPipeline.Run(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, Strict: strict,
            Cache: new BuildCache(BuildCache.FolderFor(_site.Output))));

    private static IReadOnlyList<Diagnostic> UnmarkedEdits(BuildResult result) =>
        result.Diagnostics.Where(d => d.Message.Contains("content changed, 'updated' did not", StringComparison.Ordinal)).ToList();

    [Fact]
    public void An_edit_without_a_new_updated_is_a_warning_at_updated()
    {
        Assert.Empty(UnmarkedEdits(Build()));
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "resumed in Berlin", StringComparison.Ordinal));

        var result = Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(UnmarkedEdits(result));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("articles/story/index.md", warning.Location.File, StringComparison.Ordinal);
        Assert.Equal(4, warning.Location.Line);
        Assert.Contains("set 'updated:'", warning.Hint);
    }

    [Fact]
    public void Articles_taken_from_the_cache_without_their_prose_read_as_they_did()
    {
        // With one feed entry, every other article is taken from the cache without its sections' HTML on a rebuild.
        _site.Write("site.yml", TestSite.MinimalSite + "feed:\n  entries: 1\n");
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection);
        _site.Write("articles/older/index.md", Story.Replace("2022-02-14", "2021-05-01", StringComparison.Ordinal));
        _site.Write("articles/older/01-first.md", TestSite.MinimalSection);
        Assert.Empty(UnmarkedEdits(Build()));

        Assert.Empty(UnmarkedEdits(Build()));

        _site.Write("articles/older/01-first.md", TestSite.MinimalSection + "\nA new paragraph.\n");
        var warning = Assert.Single(UnmarkedEdits(Build()));
        Assert.Contains("articles/older/index.md", warning.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_stays_until_the_article_is_marked_and_then_goes()
    {
        Build();
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection + "\nA new paragraph.\n");
        Assert.Single(UnmarkedEdits(Build()));
        Assert.Single(UnmarkedEdits(Build()));

        _site.Write("articles/story/index.md", Story.Replace("2022-02-15", "2022-02-16T09:00:00+02:00", StringComparison.Ordinal));

        Assert.Empty(UnmarkedEdits(Build()));
        Assert.Empty(UnmarkedEdits(Build()));
    }

    [Fact]
    public void A_correction_marks_the_edit()
    {
        Build();
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("Normandy format", "Normandy format in Berlin", StringComparison.Ordinal));
        _site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14\nupdated: 2022-02-15\ncorrections:\n  - at: 2022-02-16\n    text: The talks were in Berlin.\n---\n");

        Assert.Empty(UnmarkedEdits(Build()));
    }

    [Fact]
    public void With_strict_an_unmarked_edit_is_an_error_and_the_site_is_not_replaced()
    {
        Build();
        var before = File.ReadAllText(Path.Combine(_site.Output, "story", "index.html"));
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "stalled", StringComparison.Ordinal));

        var result = Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.Equal(Severity.Error, Assert.Single(UnmarkedEdits(result)).Severity);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "story", "index.html")));
    }

    [Fact]
    public void A_change_to_a_definition_or_to_markup_alone_is_not_an_edit_of_the_story()
    {
        Build();
        _site.Write("glossary/normandy-format.md", TestSite.MinimalTerm.Replace("A diplomatic group", "A contact group", StringComparison.Ordinal));
        Assert.Empty(UnmarkedEdits(Build()));

        // The same words, now emphasised: the reader reads the same story.
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "*resumed*", StringComparison.Ordinal));
        Assert.Empty(UnmarkedEdits(Build()));
    }

    [Fact]
    public void A_new_headline_is_an_edit()
    {
        Build();
        _site.Write("articles/story/index.md", Story.Replace("A test story", "A changed story", StringComparison.Ordinal));

        Assert.Single(UnmarkedEdits(Build()));
    }

    [Fact]
    public void Without_the_build_cache_there_is_nothing_to_compare_with()
    {
        Build();
        _site.Write("articles/story/01-first.md", TestSite.MinimalSection.Replace("resumed", "stalled", StringComparison.Ordinal));

        Assert.Empty(UnmarkedEdits(_site.BuildSuccessfully()));
    }

    public void Dispose() => _site.Dispose();
}
