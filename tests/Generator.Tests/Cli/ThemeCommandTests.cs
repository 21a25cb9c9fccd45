using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>theme eject [file]</c> copies built-in theme files into the site's theme/ folder, and the build uses them.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ThemeCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string ThemeFile(string name) => Path.Combine(_site.Root, "theme", name);

    private GeneratorProcess.Outcome Run(params string[] arguments) => GeneratorProcess.Run(_site.Root, arguments);

    [Fact]
    public void Theme_eject_copies_one_built_in_layout_named_by_its_file_name()
    {
        var outcome = Run("theme", "eject", "article.liquid");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Created theme/layouts/article.liquid", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(BuiltInTheme.Read("layouts/article.liquid"), File.ReadAllBytes(ThemeFile("layouts/article.liquid")));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_site.Root, "theme"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Theme_eject_without_a_file_copies_every_built_in_file_and_keeps_the_editors_own()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ThemeFile("assets/site.css"))!);
        File.WriteAllText(ThemeFile("assets/site.css"), "body { color: navy; }\n");

        var outcome = Run("theme", "eject");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Kept theme/assets/site.css", outcome.Output, StringComparison.Ordinal);
        Assert.Equal("body { color: navy; }\n", File.ReadAllText(ThemeFile("assets/site.css")));
        foreach (var file in BuiltInTheme.Files.Where(file => file != "assets/site.css"))
        {
            Assert.Equal(BuiltInTheme.Read(file), File.ReadAllBytes(ThemeFile(file)));
        }

        Assert.Equal(0, Run("--theme", "theme").ExitCode);
    }

    [Fact]
    public void Theme_eject_does_not_replace_an_edited_file_unless_forced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ThemeFile("layouts/term.liquid"))!);
        File.WriteAllText(ThemeFile("layouts/term.liquid"), "<h1>{{ term.name }}</h1>\n");

        var refused = Run("theme", "eject", "layouts/term.liquid");
        var forced = Run("theme", "eject", "layouts/term.liquid", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: theme/layouts/term.liquid exists already", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(BuiltInTheme.Read("layouts/term.liquid"), File.ReadAllBytes(ThemeFile("layouts/term.liquid")));
    }

    [Fact]
    public void Theme_eject_of_a_file_the_built_in_theme_does_not_have_lists_the_files_it_has()
    {
        var outcome = Run("theme", "eject", "layouts/story.liquid");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the built-in theme has no file 'layouts/story.liquid'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("layouts/article.liquid", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "theme")));
    }

    [Fact]
    public void A_theme_folder_named_on_the_command_line_must_exist()
    {
        var outcome = Run("--theme", "themes/desk");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--theme names the folder 'themes/desk', which does not exist", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_site_without_a_theme_folder_builds_with_the_built_in_theme()
    {
        var outcome = Run();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.NotNull(_site.Page("story/index.html").QuerySelector("link[rel=stylesheet]"));
    }
}
