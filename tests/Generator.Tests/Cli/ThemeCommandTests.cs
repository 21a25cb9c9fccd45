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

    /// <summary>
    /// <c>theme eject</c> as run in the site's folder, in this process: the theme folder (theme/ by default) is named
    /// by its absolute path. <see cref="ExecutableTests"/> builds without naming it, as only the executable can.
    /// </summary>
    private GeneratorProcess.Outcome Eject(params string[] arguments) =>
        GeneratorInProcess.RunCommand(_site.Root, ["theme", "eject", .. arguments, "--theme", Path.Combine(_site.Root, "theme")]);

    /// <summary>A build as run in the site's folder with <c>--theme <paramref name="theme"/></c>.</summary>
    private GeneratorProcess.Outcome BuildWithTheme(string theme) =>
        GeneratorInProcess.Run(_site.Root, "--theme", Path.Combine(_site.Root, theme));

    [Fact]
    public void Theme_eject_copies_one_built_in_layout_named_by_its_file_name()
    {
        var outcome = Eject("article.liquid");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Created theme/layouts/article.liquid", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(BuiltInTheme.Read("layouts/article.liquid"), File.ReadAllBytes(ThemeFile("layouts/article.liquid")));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_site.Root, "theme"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Theme_eject_copies_a_prose_partial_named_by_its_file_name_into_the_partials_folder()
    {
        var outcome = Eject("term-link.liquid");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Created theme/layouts/partials/term-link.liquid", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(BuiltInTheme.Read("layouts/partials/term-link.liquid"), File.ReadAllBytes(ThemeFile("layouts/partials/term-link.liquid")));
    }

    [Fact]
    public void Theme_eject_without_a_file_copies_every_built_in_file_and_keeps_the_editors_own()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ThemeFile("assets/site.css"))!);
        File.WriteAllText(ThemeFile("assets/site.css"), "body { color: navy; }\n");

        var outcome = Eject();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Kept theme/assets/site.css", outcome.Output, StringComparison.Ordinal);
        Assert.Equal("body { color: navy; }\n", File.ReadAllText(ThemeFile("assets/site.css")));
        foreach (var file in BuiltInTheme.Files.Where(file => file != "assets/site.css"))
        {
            Assert.Equal(BuiltInTheme.Read(file), File.ReadAllBytes(ThemeFile(file)));
        }

        Assert.Equal(0, BuildWithTheme("theme").ExitCode);
    }

    [Fact]
    public void Theme_eject_does_not_replace_an_edited_file_unless_forced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ThemeFile("layouts/term.liquid"))!);
        File.WriteAllText(ThemeFile("layouts/term.liquid"), "<h1>{{ term.name }}</h1>\n");

        var refused = Eject("layouts/term.liquid");
        var forced = Eject("layouts/term.liquid", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: theme/layouts/term.liquid exists already", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(BuiltInTheme.Read("layouts/term.liquid"), File.ReadAllBytes(ThemeFile("layouts/term.liquid")));
    }

    [Fact]
    public void Theme_eject_of_a_file_the_built_in_theme_does_not_have_lists_the_files_it_has()
    {
        var outcome = Eject("layouts/story.liquid");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the built-in theme has no file 'layouts/story.liquid'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("layouts/article.liquid", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "theme")));
    }

    [Fact]
    public void A_theme_folder_named_on_the_command_line_must_exist()
    {
        var outcome = BuildWithTheme("themes/desk");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--theme names the folder 'themes/desk', which does not exist", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }
}
