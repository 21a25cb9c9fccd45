using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Diagnostics;
using Generator.Pipeline;

namespace Generator.Tests.Support;

/// <summary>
/// A throwaway site in a temporary folder, shaped exactly like a real <c>input/</c> folder, built with the real pipeline
/// and the repository's theme. Starts from a minimal valid site; tests add or overwrite the files they are about.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string MinimalSite = "title: Test Desk\nlanguage: en\nbase_url: https://example.org/\n";

    public const string MinimalArticle = "---\ntitle: A test story\ndate: 2022-02-14\n---\n";

    public const string MinimalSection = "---\ntitle: First section\n---\nThe talks in the Normandy format resumed.\n";

    public const string MinimalTerm = "---\nterm: Normandy format\naliases: [Normandy Four]\nshort: A diplomatic group of Germany, France, Russia and Ukraine.\n---\nFormed in June 2014.\n";

    public TestSite(bool minimal = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (minimal)
        {
            Write("site.yml", MinimalSite);
            Write("articles/story/index.md", MinimalArticle);
            Write("articles/story/01-first.md", MinimalSection);
            Write("glossary/normandy-format.md", MinimalTerm);
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "site");

    /// <summary>Writes a file under the input folder (path with forward slashes), replacing what was there.</summary>
    public TestSite Write(string relativePath, string content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Input, relativePath));
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Input, relativePath);

    /// <summary>A copy of the repository's theme inside this site's folder, for tests that edit layouts or assets.</summary>
    public string CopyTheme()
    {
        var copy = Path.Combine(Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public BuildResult Build(string? baseUrl = null, bool drafts = false, string? theme = null) =>
        BuildPipeline.Run(new BuildOptions(Input, Output, theme ?? RepositoryPaths.Theme, baseUrl, drafts));

    /// <summary>Builds and fails the test with every diagnostic if the build did not succeed.</summary>
    public BuildResult BuildSuccessfully(string? baseUrl = null, bool drafts = false, string? theme = null)
    {
        var result = Build(baseUrl, drafts, theme);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return result;
    }

    public IDocument Page(string outputPath) => ParsePage(Path.Combine(Output, outputPath));

    public static IDocument ParsePage(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    public static Diagnostic SingleError(BuildResult result)
    {
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors.Select(d => $"{d.Location}: {d.Message}")));
        return errors[0];
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
