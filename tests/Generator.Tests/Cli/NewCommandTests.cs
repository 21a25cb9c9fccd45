using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>new article|section|term</c> create files with the right skeleton, and the site still builds.</summary>
[Trait("Category", "EndToEnd")]
public sealed class NewCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>The command as run in the site's folder, in this process: input/ is named by its absolute path.</summary>
    private GeneratorProcess.Outcome Run(params string[] arguments) => GeneratorInProcess.RunCommand(_site.Root, [.. arguments, "--input", _site.Input]);

    [Fact]
    public void New_section_gets_the_next_order_number_and_a_skeleton_that_builds()
    {
        _site.Write("articles/story/07-later.md", "---\ntitle: Later\n---\nText.\n");

        var outcome = Run("new", "section", "story", "Talks in Berlin");

        Assert.Equal(0, outcome.ExitCode);
        var path = _site.PathOf("articles/story/08-talks-in-berlin.md");
        Assert.StartsWith("---\ntitle: \"Talks in Berlin\"\n", File.ReadAllText(path));
        _site.BuildSuccessfully();
        Assert.NotNull(_site.Page("story/index.html").GetElementById("talks-in-berlin"));
    }

    [Fact]
    public void New_article_is_a_draft_dated_today()
    {
        var outcome = Run("new", "article", "next-story", "The \"next\" story");

        Assert.Equal(0, outcome.ExitCode);
        var text = File.ReadAllText(_site.PathOf("articles/next-story/index.md"));
        Assert.Contains("title: \"The \\\"next\\\" story\"", text);
        Assert.Contains($"date: {DateTime.Now:yyyy-MM-dd}", text);
        Assert.Contains("draft: true", text);
        Run("new", "section", "next-story", "Opening");
        var result = _site.BuildSuccessfully(drafts: true);
        Assert.Equal("The \"next\" story", _site.Page("next-story/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void New_term_creates_the_glossary_file_and_the_build_asks_for_its_definition()
    {
        var outcome = Run("new", "term", "Minsk agreements");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(_site.PathOf("glossary/minsk-agreements.md")));
        var error = TestSite.SingleError(_site.Build());
        Assert.Equal("the required key 'short' in a glossary term is empty", error.Message);
        Assert.Equal(4, error.Location.Line);
    }

    [Fact]
    public void New_term_refuses_a_name_that_is_already_an_alias_of_another_term()
    {
        var outcome = Run("new", "term", "normandy four");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'normandy four' is already the name or an alias of the glossary term 'Normandy format' (input/glossary/normandy-format.md)", outcome.Error);
        Assert.False(File.Exists(_site.PathOf("glossary/normandy-four.md")));
    }

    [Fact]
    public void Existing_files_are_never_overwritten()
    {
        var outcome = Run("new", "term", "Normandy format");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("exists already", outcome.Error);
        Assert.Equal(TestSite.MinimalTerm, File.ReadAllText(_site.PathOf("glossary/normandy-format.md")));
    }

    [Fact]
    public void Section_for_a_missing_article_lists_the_articles_there_are()
    {
        var outcome = Run("new", "section", "stroy", "Title");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("there is no article 'stroy'", outcome.Error);
        Assert.Contains("the articles are: story", outcome.Error);
    }
}
