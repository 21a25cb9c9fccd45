using System.CommandLine;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #15 goal 3: a clean build of this generator against Hugo's bare rendering of the same Markdown
/// (<see cref="HugoSite"/>), measured side by side in one session. For each corpus, one warm-up build of each, then N
/// rounds of one clean build of each, taking turns so that a change in the machine's load falls on both. The figures
/// are the medians, their ratio (the goal: at most 0.5× Hugo's time) and the peak memory of each (the goal: at most
/// 500 MB for this generator at 10,000 articles).
/// </summary>
public static class HugoComparisonBenchmark
{
    private const double TimeRatioTarget = 0.5;
    private const double ArchivePeakMemoryTargetMegabytes = 500;

    public static int Run(string[] arguments)
    {
        var generatorPath = BenchmarkCommand.GeneratorOption();
        var hugoPath = new Option<string>("--hugo") { Description = "The hugo executable (Debian: apt install hugo).", DefaultValueFactory = _ => "hugo" };
        var runs = new Option<int>("--runs") { Description = "Measured rounds per size, after one warm-up build of each.", DefaultValueFactory = _ => 3 };
        var sizes = new Option<string>("--sizes") { Description = "Which corpora, comma-separated: small, medium, large, archive.", DefaultValueFactory = _ => "large,archive" };
        var builds = new Option<string?>("--builds") { Description = "The folder the sites are built in (default: bench/.hugo/ beside the repository)." };
        var command = new RootCommand("Clean builds of this generator and Hugo's bare rendering of the same Markdown, side by side.") { generatorPath, hugoPath, runs, sizes, builds };
        command.SetAction(parse =>
        {
            if (BenchmarkCommand.FindGenerator(parse.GetValue(generatorPath)) is not { } generator)
            {
                return 2;
            }

            var hugo = parse.GetValue(hugoPath)!;
            if (HugoRun.Version(hugo) is not { } version)
            {
                Console.Error.WriteLine($"error: cannot run '{hugo} version': install Hugo (Debian: apt install hugo) or pass --hugo PATH.");
                return 2;
            }

            if (parse.GetValue(runs) < 1 || BenchmarkCorpus.Named(parse.GetValue(sizes)!) is not { } corpora)
            {
                Console.Error.WriteLine("error: --runs must be at least 1, and the sizes are small, medium, large and archive");
                return 2;
            }

            return Measure(generator, hugo, version, corpora, parse.GetValue(runs), parse.GetValue(builds) ?? Path.Combine(RepositoryFolder.Root, "bench", ".hugo"));
        });
        return command.Parse(arguments).Invoke();
    }

    private static int Measure(GeneratorExecutable generator, string hugo, string hugoVersion, IReadOnlyList<BenchmarkCorpus> corpora, int runs, string buildsFolder)
    {
        var theme = Path.Combine(RepositoryFolder.Root, "theme");
        var inputs = corpora.ToDictionary(corpus => corpus.Name, corpus => corpus.Input());
        var hugoSites = corpora.ToDictionary(corpus => corpus.Name, corpus => HugoSite.Of(inputs[corpus.Name]));
        Console.WriteLine($"Generator: {generator.Description}");
        Console.WriteLine($"Hugo: {hugoVersion}");
        if (generator.Staleness() is { } warning)
        {
            Console.WriteLine(warning);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Each corpus: one warm-up build of each, then {runs} rounds of one clean build of each; {Environment.ProcessorCount} cores; load average {BenchmarkCommand.LoadAverage()} at the start."));
        var results = new List<(BenchmarkCorpus Corpus, List<ColdRun> Ours, List<HugoRun> Hugo)>();
        var folder = Path.Combine(Path.GetFullPath(buildsFolder), Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var corpus in corpora)
            {
                Console.WriteLine($"Building {corpus.Name} ({corpus.Description}) ...");
                ColdRun.Measure(generator, inputs[corpus.Name], theme, folder);
                HugoRun.Measure(hugo, hugoSites[corpus.Name], folder);
                var ours = new List<ColdRun>();
                var theirs = new List<HugoRun>();
                for (var round = 0; round < runs; round++)
                {
                    ours.Add(ColdRun.Measure(generator, inputs[corpus.Name], theme, folder));
                    theirs.Add(HugoRun.Measure(hugo, hugoSites[corpus.Name], folder));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  round {round + 1}: generator {ours[^1].Wall.TotalSeconds:0.00} s ({ours[^1].PeakMemoryMegabytes:0} MB), Hugo {theirs[^1].Wall.TotalSeconds:0.00} s ({theirs[^1].PeakMemoryMegabytes:0} MB)"));
                }

                results.Add((corpus, ours, theirs));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Console.WriteLine($"Load average at the end: {BenchmarkCommand.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine($"{"corpus",-10} {"generator",11} {"Hugo",11} {"ratio",7} {"generator peak",15} {"Hugo peak",11}  targets");
        foreach (var (corpus, ours, theirs) in results)
        {
            var ourSeconds = BenchmarkCommand.Median(ours.Select(run => run.Wall.TotalSeconds));
            var hugoSeconds = BenchmarkCommand.Median(theirs.Select(run => run.Wall.TotalSeconds));
            var ourPeak = BenchmarkCommand.Median(ours.Select(run => run.PeakMemoryMegabytes));
            var ratio = ourSeconds / hugoSeconds;
            var targets = string.Create(CultureInfo.InvariantCulture, $"≤ {TimeRatioTarget}× Hugo: {(ratio <= TimeRatioTarget ? "met" : "missed")}");
            if (corpus.Name == "archive")
            {
                targets += string.Create(CultureInfo.InvariantCulture, $"; ≤ {ArchivePeakMemoryTargetMegabytes} MB: {(ourPeak <= ArchivePeakMemoryTargetMegabytes ? "met" : "missed")}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Name,-10} {ourSeconds,9:0.00} s {hugoSeconds,9:0.00} s {ratio,6:0.00}× {ourPeak,12:0} MB {BenchmarkCommand.Median(theirs.Select(run => run.PeakMemoryMegabytes)),8:0} MB  {targets}"));
        }

        if (results.Count(result => result.Corpus.Name is "large" or "archive") == 2)
        {
            var large = BenchmarkCommand.Median(results.Single(result => result.Corpus.Name == "large").Ours.Select(run => run.Wall.TotalSeconds));
            var archive = BenchmarkCommand.Median(results.Single(result => result.Corpus.Name == "archive").Ours.Select(run => run.Wall.TotalSeconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"archive / large wall time (1,000 → 10,000 articles): {archive / large:0.00}× (target ≤ 11×: {(archive / large <= 11 ? "met" : "missed")})."));
        }

        return 0;
    }
}
