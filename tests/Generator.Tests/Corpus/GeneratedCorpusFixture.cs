using AngleSharp.Dom;
using Generator.Corpus;
using Generator.Tests.Support;

namespace Generator.Tests.Corpus;

/// <summary>
/// A small corpus from the benchmark's corpus generator (3 articles × 4 sections, 20 terms), built once with
/// <c>--strict</c> by the generator's command line, for every test that reads it. Every occurrence of a term is linked
/// (<c>link: every</c>), so each shape the prose gives a term shows whether the matcher finds it, not only the first.
/// </summary>
public sealed class GeneratedCorpusFixture : IDisposable
{
    public static readonly CorpusOptions Options = new(Articles: 3, SectionsPerArticle: 4, Terms: 20);

    public GeneratedCorpusFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "generator-tests", "corpus-" + Guid.NewGuid().ToString("N"));
        Input = Path.Combine(Root, "input");
        Output = Path.Combine(Root, "site");
        Terms = CorpusWriter.Write(Options, Input);
        var settings = Path.Combine(Input, "site.yml");
        const string Density = "link: \"first-in-section\"";
        var text = File.ReadAllText(settings);
        if (!text.Contains(Density, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The corpus's site.yml no longer says {Density}, which this fixture changes to every:\n{text}");
        }

        File.WriteAllText(settings, text.Replace(Density, "link: \"every\"", StringComparison.Ordinal));
        Build = GeneratorInProcess.RunCommand(Root, "--input", Input, "--output", Output, "--theme", RepositoryPaths.Theme, "--strict");
    }

    public string Root { get; }

    public string Input { get; }

    public string Output { get; }

    public IReadOnlyList<CorpusTerm> Terms { get; }

    public GeneratorProcess.Outcome Build { get; }

    public CorpusTerm Term(string slug) => Terms.Single(term => term.Slug == slug);

    /// <summary>The prose of every section of every article page.</summary>
    public IReadOnlyList<IElement> Prose() =>
        Directory.GetDirectories(Path.Combine(Input, "articles")).Order(StringComparer.Ordinal)
            .SelectMany(folder => TestSite.ParsePage(Path.Combine(Output, Path.GetFileName(folder), "index.html")).QuerySelectorAll(".prose"))
            .ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
