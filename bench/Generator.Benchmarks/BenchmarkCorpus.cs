using System.Globalization;
using System.Security.Cryptography;
using Generator.Corpus;

namespace Generator.Benchmarks;

/// <summary>
/// A generated site the cold-build benchmark measures, kept under bench/.corpora/ (ignored by git) so runs after the
/// first reuse it. The folder's name holds the options and a hash of the corpus generator, so a changed generator
/// writes a new corpus instead of measuring a stale one.
/// </summary>
internal sealed record BenchmarkCorpus(string Name, CorpusOptions Options)
{
    /// <summary>The sizes, the 10,000-article archive, and the medium prose with ten times the glossary for the term-flatness check.</summary>
    public static readonly IReadOnlyList<BenchmarkCorpus> All =
    [
        new("small", new CorpusOptions(Articles: 1, SectionsPerArticle: 5, Terms: 12)),
        new("medium", new CorpusOptions(Articles: 100, SectionsPerArticle: 10, Terms: 200)),
        new("large", new CorpusOptions(Articles: 1000, SectionsPerArticle: 10, Terms: 1000)),
        // A year or more of a newsroom's archive (issue #15): 478 MB of Markdown; measured only when asked for.
        new("archive", new CorpusOptions(Articles: 10000, SectionsPerArticle: 10, Terms: 2000)),
        new("medium-2000-terms", new CorpusOptions(Articles: 100, SectionsPerArticle: 10, Terms: 2000, TermsInProse: 200)),
        // The medium articles with a 2000 x 1333 JPEG in each one's first section (issue #18): the photo benchmark's corpus.
        new("medium-photos", new CorpusOptions(Articles: 100, SectionsPerArticle: 10, Terms: 200, Photos: 100)),
    ];

    /// <summary>The corpora a <c>--sizes</c> option names (comma-separated); null when one of the names is no corpus's.</summary>
    public static IReadOnlyList<BenchmarkCorpus>? Named(string sizes)
    {
        var names = sizes.Split(',', StringSplitOptions.TrimEntries);
        var corpora = All.Where(corpus => names.Contains(corpus.Name)).ToList();
        return corpora.Count == names.Length ? corpora : null;
    }

    public string Description => string.Create(CultureInfo.InvariantCulture, $"{Options.Articles:N0} × {Options.SectionsPerArticle} sections, {Options.Terms:N0} terms")
        + (Options.ProseTermCount < Options.Terms ? string.Create(CultureInfo.InvariantCulture, $" ({Options.ProseTermCount:N0} in the prose)") : "")
        + (Options.Photos > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Options.Photos:N0} photos") : "");

    private static string Corpora => Path.Combine(RepositoryFolder.Root, "bench", ".corpora");

    private string Stem => string.Create(CultureInfo.InvariantCulture,
        $"{Name}-{Options.Articles}x{Options.SectionsPerArticle}-{Options.Terms}t-{Options.ProseTermCount}p-seed{Options.Seed}-");

    /// <summary>The corpus's input folder, written first if it is not there yet.</summary>
    public string Input()
    {
        var folder = Path.Combine(Corpora, Stem + GeneratorVersion);
        if (!Directory.Exists(folder))
        {
            // Written aside and moved in one step, so an interrupted run never leaves half a corpus to be measured later.
            var partial = Path.Combine(Corpora, ".partial-" + Guid.NewGuid().ToString("N"));
            Console.WriteLine($"Writing the {Name} corpus ({Description}) into {folder} ...");
            CorpusWriter.Write(Options, Path.Combine(partial, "input"));
            Directory.Move(partial, folder);
        }

        return Path.Combine(folder, "input");
    }

    /// <summary>
    /// Deletes the corpora of earlier corpus generators, which will not be measured again. Called after the
    /// measurements: deleting thousands of files slows the file creation of the builds that follow (see
    /// ColdBuildBenchmark).
    /// </summary>
    public void DeleteStale()
    {
        var current = Path.Combine(Corpora, Stem + GeneratorVersion);
        foreach (var stale in Directory.Exists(Corpora) ? Directory.GetDirectories(Corpora, Stem + "*") : [])
        {
            if (stale != current)
            {
                Directory.Delete(stale, recursive: true);
            }
        }
    }

    /// <summary>
    /// The corpus generator's assembly is built deterministically: the same code (and the same generator it references)
    /// gives the same hash.
    /// </summary>
    private static readonly string GeneratorVersion =
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(typeof(CorpusWriter).Assembly.Location)))[..8];
}
