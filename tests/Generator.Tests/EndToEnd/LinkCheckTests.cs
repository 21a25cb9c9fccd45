using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>The checks on the finished site: warnings in a build, errors with --strict and in <c>check</c>.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LinkCheckTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private GeneratorProcess.Outcome Check() =>
        GeneratorInProcess.RunCommand(_site.Root, "check", "--input", _site.Input, "--theme", RepositoryPaths.Theme,
            "--headers", Path.Combine(_site.Root, "netlify.toml"));

    private static IEnumerable<string> Messages(Generator.Pipeline.BuildResult result) => result.Diagnostics.Select(d => $"{d.Location.File}: {d.Message}");

    [Fact]
    public void Broken_internal_link_is_a_warning_naming_the_page_and_its_source()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the other story](/no-such-story/).\n");

        var result = _site.BuildSuccessfully();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("story/index.html links to /no-such-story/", warning.Message);
        Assert.EndsWith("story/01-first.md", warning.Location.File);
        Assert.Equal((4, 48), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void Link_to_a_missing_fragment_is_reported()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the glossary](/glossary/#no-such-term).\n");

        var result = _site.BuildSuccessfully();

        Assert.Contains(Messages(result), m => m.Contains("has no element with id 'no-such-term'"));
    }

    [Fact]
    public void Broken_address_hint_suggests_the_nearest_address_of_the_site()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the glossary](/glosary/) and [this](/nothing-like-it-at-all/).\n");

        var warnings = _site.BuildSuccessfully().Diagnostics;

        Assert.StartsWith("did you mean /glossary/?", Assert.Single(warnings, d => d.Message.Contains("/glosary/")).Hint);
        Assert.StartsWith("fix the address", Assert.Single(warnings, d => d.Message.Contains("/nothing-like-it-at-all/")).Hint);
    }

    [Fact]
    public void Broken_address_hint_under_a_base_path_is_the_address_as_the_content_writes_it()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the glossary](/glosary/).\n");

        var warning = Assert.Single(_site.BuildSuccessfully(baseUrl: "https://example.org/news/").Diagnostics, d => d.Message.Contains("glosary"));

        Assert.Contains("links to /news/glosary/", warning.Message);
        Assert.StartsWith("did you mean /glossary/? (Addresses in content are written without the base path.)", warning.Hint);
    }

    [Fact]
    public void Missing_fragment_hint_lists_the_closest_ids_of_the_target_page()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the glossary](/glossary/#normandy-formt).\n");

        var warning = Assert.Single(_site.BuildSuccessfully().Diagnostics, d => d.Message.Contains("normandy-formt"));

        Assert.Contains("the closest it has are '#normandy-format'", warning.Hint);
    }

    [Fact]
    public void Links_to_existing_pages_assets_and_fragments_pass()
    {
        _site.WriteBytes("assets/map.png", [1, 2, 3]);
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the term](/glossary/#normandy-format), ![a map](/assets/map.png) and [this](#first).\n");

        var result = _site.BuildSuccessfully();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Orphaned_page_and_image_without_alt_are_reported()
    {
        var theme = _site.CopyTheme();

        File.WriteAllText(Path.Combine(theme, "layouts", "home.liquid"), "<h1>{{ site.title }}</h1><img src=\"/theme/site.css\">\n");
        // Without the term, the glossary does not link back to the story either.
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nNothing to link.\n");

        var result = _site.BuildSuccessfully(theme: theme);

        Assert.Contains(Messages(result), m => m.Contains("story/index.html cannot be reached from the front page"));
        Assert.Contains(Messages(result), m => m.Contains("index.html has 1 image(s) without alt text"));
    }

    [Fact]
    public void Check_command_fails_on_a_broken_link_and_writes_nothing()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met. See [the other story](/no-such-story/).\n");

        var outcome = Check();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the page story/index.html links to /no-such-story/", outcome.Error);
        Assert.False(Directory.Exists(_site.Output));
        Assert.Contains("1 error: the site is not ready to publish (check writes nothing", outcome.Error);
        Assert.DoesNotContain("no site was written", outcome.Error);
    }

    [Fact]
    public void Check_command_passes_on_a_clean_site()
    {
        var outcome = Check();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("no broken links", outcome.Output);
    }

    [Fact]
    public void Glossary_report_lists_linked_and_skipped_occurrences_with_reasons()
    {
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\n## The Normandy format\n\nThe Normandy format met, and the Normandy Four met again. See `Normandy format` and [Normandy format](https://example.org).\n");

        var outcome = GeneratorInProcess.RunCommand(_site.Root, "glossary", "report", "--input", _site.Input);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("story › First", outcome.Output);
        Assert.Matches(@"line 6 +linked +Normandy format → normandy-format", outcome.Output);
        Assert.Matches(@"line 6 +skipped: density rule +Normandy Four → normandy-format", outcome.Output);
        Assert.Matches(@"line 4 +skipped: in heading +Normandy format", outcome.Output);
        Assert.Matches(@"skipped: in code +Normandy format", outcome.Output);
        Assert.Matches(@"skipped: in link +Normandy format", outcome.Output);
    }

    [Fact]
    public void Glossary_report_lists_the_standfirst_before_the_sections()
    {
        _site.Write("site.yml", TestSite.MinimalSite + "glossary:\n  link: first-in-article\n");
        _site.Write("articles/story/index.md", TestSite.MinimalArticle + "The Normandy Four meet again.\n");
        _site.Write("articles/story/01-first.md", "---\ntitle: First\n---\nThe Normandy format met.\n");

        var outcome = GeneratorInProcess.RunCommand(_site.Root, "glossary", "report", "--input", _site.Input);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"story › Standfirst +\(.*index\.md\)\n +line 5 +linked +Normandy Four → normandy-format\n\nstory › First", outcome.Output);
        Assert.Matches(@"story › First [^\n]*\n +line 4 +skipped: density rule +Normandy format", outcome.Output);
    }
}
