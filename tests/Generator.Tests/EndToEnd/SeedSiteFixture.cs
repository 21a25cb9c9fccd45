using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>Builds the repository's real <c>input/</c> once for every test that reads the seed site.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    public SeedSiteFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "generator-tests", "seed-" + Guid.NewGuid().ToString("N"));
        Output = Path.Combine(Root, "site");
        Result = BuildPipeline.Run(new BuildOptions(RepositoryPaths.SeedInput, Output, RepositoryPaths.Theme));
    }

    public string Root { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public const string ArticleSlug = "guterres-urges-diplomacy";

    public AngleSharp.Dom.IDocument Page(string path) => TestSite.ParsePage(Path.Combine(Output, path));

    public IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
