using Generator.Incremental;
using Generator.Pipeline;
using Generator.Tests.Support;

namespace Generator.Tests.Incremental;

/// <summary>
/// A three-article site built through the build cache, and the means to prove each incremental build equals a clean
/// one: every test edits something, builds with the cache, and compares the result with a build from scratch.
/// </summary>
internal sealed class IncrementalSite : IDisposable
{
    public IncrementalSite()
    {
        Site = new TestSite(minimal: false);
        Site.Write("site.yml", TestSite.MinimalSite);
        Site.Write("articles/talks/index.md", "---\ntitle: Talks resume\ndate: 2022-02-14\n---\n");
        Site.Write("articles/talks/01-paris.md", "---\ntitle: In Paris\n---\nAdvisers met in the Normandy format in Paris.\n");
        Site.Write("articles/talks/02-berlin.md", "---\ntitle: In Berlin\n---\nA second round followed in Berlin.\n");
        Site.Write("articles/accords/index.md", "---\ntitle: The accords\ndate: 2022-02-15\n---\n");
        Site.Write("articles/accords/01-minsk.md", "---\ntitle: Minsk\n---\nBoth sides cited the Minsk agreements.\n");
        Site.Write("articles/kremlin/index.md", "---\ntitle: Moscow waits\ndate: 2022-02-16\n---\n");
        Site.Write("articles/kremlin/01-waiting.md", "---\ntitle: Waiting\n---\nThe Kremlin said nothing, and the State Duma met.\n");
        Site.Write("glossary/normandy-format.md", TestSite.MinimalTerm);
        Site.Write("glossary/minsk-agreements.md", "---\nterm: Minsk agreements\nshort: Ceasefire accords of 2014 and 2015.\n---\nSigned in Minsk.\n");
        Site.Write("glossary/state-duma.md", "---\nterm: State Duma\nshort: The lower house of Russia's parliament.\n---\nIt has 450 seats.\n");
        Cache = new BuildCache(BuildCache.FolderFor(Site.Output), keepInMemory: true);
    }

    public TestSite Site { get; }

    public BuildCache Cache { get; private set; }

    public string Theme { get; set; } = RepositoryPaths.Theme;

    /// <summary>
    /// Builds through the cache; <paramref name="freshProcess"/> reopens it from disk, as a new <c>dotnet run</c> would,
    /// and otherwise builds as the preview does, from the staging folder the last build kept.
    /// </summary>
    public BuildResult Build(bool freshProcess = true)
    {
        var result = Attempt(freshProcess);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return result;
    }

    /// <summary>A build as <see cref="Build"/> makes it, which may fail; <paramref name="strict"/> makes warnings errors.</summary>
    public BuildResult Attempt(bool freshProcess = true, bool strict = false)
    {
        if (freshProcess)
        {
            Cache = new BuildCache(BuildCache.FolderFor(Site.Output));
        }

        return BuildPipeline.Run(new BuildOptions(Site.Input, Site.Output, Theme, Strict: strict, Cache: Cache, KeepStagingFolder: !freshProcess, SkipIfUnchanged: freshProcess));
    }

    /// <summary>Builds the same input from scratch into another folder and asserts every file is byte-identical and no folder is extra.</summary>
    public void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(Site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        var result = BuildPipeline.Run(new BuildOptions(Site.Input, clean, Theme));
        Assert.True(result.Succeeded);
        Assert.Equal(Folders(clean), Folders(Site.Output));
        var expected = Files(clean);
        var actual = Files(Site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean build");
        }

        Directory.Delete(clean, recursive: true);
    }

    public IReadOnlyDictionary<string, string> Snapshot() => FolderSnapshot.Take(Site.Output);

    /// <summary>
    /// The output files whose bytes or modification time differ between two snapshots, leaving out the search index's
    /// data (every edit to text changes it; <see cref="Search.SearchIndexTests"/> checks which of its files an edit touches).
    /// </summary>
    public static IReadOnlyList<string> Touched(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        TouchedFiles(before, after).Where(path => !path.EndsWith(".json", StringComparison.Ordinal) || !path.StartsWith("search/", StringComparison.Ordinal)).ToList();

    /// <summary>Every output file whose bytes or modification time differ between two snapshots.</summary>
    public static IReadOnlyList<string> TouchedFiles(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Where(pair => before.GetValueOrDefault(pair.Key) != pair.Value).Select(pair => pair.Key.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static List<string> Folders(string folder) =>
        Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path)).Order(StringComparer.Ordinal).ToList();

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();
}
