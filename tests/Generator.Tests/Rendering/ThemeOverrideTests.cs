using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>The built-in theme is this repository's theme/ folder; a site's theme/ folder overrides it file by file.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ThemeOverrideTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string SiteTheme => Path.Combine(_site.Root, "theme");

    private void WriteTheme(string relativePath, string content)
    {
        var path = Path.Combine(SiteTheme, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public void The_built_in_theme_is_the_repository_theme_folder_file_for_file()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Theme, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files, BuiltInTheme.Files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, file)).AsSpan().SequenceEqual(BuiltInTheme.Read(file)), file);
        }
    }

    [Fact]
    public void A_site_without_a_theme_folder_is_built_with_the_built_in_theme_exactly_as_with_the_repository_theme()
    {
        _site.BuildSuccessfully(theme: SiteTheme);
        var builtIn = Contents(_site.Output);
        Directory.Delete(_site.Output, recursive: true);

        _site.BuildSuccessfully(theme: RepositoryPaths.Theme);

        Assert.Equal(builtIn, Contents(_site.Output));
    }

    [Fact]
    public void A_layout_in_the_site_theme_replaces_that_built_in_layout_only()
    {
        var article = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "layouts", "article.liquid"));
        WriteTheme("layouts/article.liquid", article.Replace("<h1 id=\"article-title\">", "<h1 id=\"article-title\" class=\"desk-headline\">", StringComparison.Ordinal));

        var result = _site.BuildSuccessfully(theme: SiteTheme);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(_site.Page("story/index.html").QuerySelector("h1.desk-headline"));
        // The page shell still comes from the built-in base layout, and the other pages from theirs.
        Assert.NotNull(_site.Page("story/index.html").QuerySelector("link[rel=stylesheet]"));
        Assert.NotNull(_site.Page("glossary/index.html").QuerySelector("h1"));
    }

    [Fact]
    public void A_stylesheet_in_the_site_theme_replaces_the_built_in_stylesheet()
    {
        WriteTheme("assets/site.css", "body { font-family: serif; }\n");

        _site.BuildSuccessfully(theme: SiteTheme);

        var href = _site.Page("story/index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal("body { font-family: serif; }\n", File.ReadAllText(Path.Combine(_site.Output, href.TrimStart('/'))));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_site.Output, "theme"), "site.*.css"));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_site.Output, "theme"), "site.*.js"));
    }

    [Fact]
    public void A_syntax_error_in_an_overriding_layout_is_reported_in_the_site_file()
    {
        WriteTheme("layouts/term.liquid", "<h1>{{ term.name }</h1>\n");

        var error = TestSite.SingleError(_site.Build(theme: SiteTheme));

        Assert.EndsWith("theme/layouts/term.liquid", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("Liquid syntax error", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Contents(string folder) =>
        FolderSnapshot.Take(folder).ToDictionary(file => file.Key, file => file.Value.Split('@')[0]);
}
