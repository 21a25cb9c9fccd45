using System.CommandLine;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #7 point 5: cold-build wall time and peak memory on the small, medium and large generated corpora. Each
/// size is built once to warm the disk cache, then N times, each by a new generator process into a new folder; the
/// figures are the median, minimum and maximum of those runs. Also prints large/medium (time against the number of
/// sections) and the medium prose built with 200 and with 2,000 terms (time against the number of terms).
/// </summary>
public static class ColdBuildBenchmark
{
    private const string TermFlatnessCorpus = "medium-2000-terms";

    /// <summary>The issue's targets for the median cold build, in seconds.</summary>
    private static readonly Dictionary<string, double> TargetSeconds = new(StringComparer.Ordinal) { ["small"] = 0.03, ["medium"] = 0.25, ["large"] = 2 };

    private const double LargePeakMemoryTargetMegabytes = 200;
    private const double LargeOverMediumTarget = 11;

    public static int Run(string[] arguments)
    {
        var generatorPath = BenchmarkCommand.GeneratorOption();
        var runs = new Option<int>("--runs") { Description = "Measured runs per size, after one warm-up run.", DefaultValueFactory = _ => 5 };
        var sizes = new Option<string>("--sizes")
        {
            Description = "Which corpora, comma-separated: small, medium, large, archive (10,000 articles). With medium, the 2,000-term medium corpus is built too.",
            DefaultValueFactory = _ => "small,medium,large",
        };
        var builds = new Option<string?>("--builds")
        {
            Description = "The folder the sites are built in (default: bench/.cold/ beside the repository, as a real site would be). "
                + "A memory file system (/dev/shm) measures the generator without the disk's state.",
        };
        var command = new RootCommand("Cold-build wall time and peak memory of the generator on generated corpora.") { generatorPath, runs, sizes, builds };
        command.SetAction(parse =>
        {
            if (BenchmarkCommand.FindGenerator(parse.GetValue(generatorPath)) is not { } generator)
            {
                return 2;
            }

            var folder = parse.GetValue(builds) ?? Path.Combine(RepositoryFolder.Root, "bench", ".cold");
            return Measure(generator, parse.GetValue(runs), parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries), folder);
        });
        return command.Parse(arguments).Invoke();
    }

    private static int Measure(GeneratorExecutable generator, int runs, string[] sizes, string buildsFolder)
    {
        var unknown = sizes.Where(size => !BenchmarkCorpus.All.Any(corpus => corpus.Name == size)).ToList();
        if (runs < 1 || unknown.Count > 0)
        {
            Console.Error.WriteLine(runs < 1 ? "error: --runs must be at least 1" : $"error: unknown size {string.Join(", ", unknown)}; the sizes are small, medium, large and archive");
            return 2;
        }

        var corpora = BenchmarkCorpus.All.Where(corpus => sizes.Contains(corpus.Name) || (corpus.Name == TermFlatnessCorpus && sizes.Contains("medium"))).ToList();
        var inputs = corpora.ToDictionary(corpus => corpus.Name, corpus => corpus.Input());
        DiskFlush.Run();
        var theme = Path.Combine(RepositoryFolder.Root, "theme");

        Console.WriteLine($"Generator: {generator.Description}");
        Console.WriteLine($"Sites built in: {Path.GetFullPath(buildsFolder)}");
        if (generator.Staleness() is { } warning)
        {
            Console.WriteLine(warning);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Each corpus: one warm-up run, then {runs} measured; {Environment.ProcessorCount} cores; load average {BenchmarkCommand.LoadAverage()} at the start."));
        var results = new Dictionary<string, List<ColdRun>>(StringComparer.Ordinal);
        // Every corpus's sites are deleted only after the last measurement: on a file system that avoids reusing inodes
        // freed in the last minutes (ext4 without a journal, as on the machine of docs/performance.md), a build that
        // follows the deletion of thousands of files makes its own several times slower, and would measure the deletion.
        var folder = Path.Combine(Path.GetFullPath(buildsFolder), Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var corpus in corpora)
            {
                Console.WriteLine($"Building {corpus.Name} ({corpus.Description}) ...");
                ColdRun.Measure(generator, inputs[corpus.Name], theme, folder);
                results[corpus.Name] = Enumerable.Range(0, runs).Select(_ => ColdRun.Measure(generator, inputs[corpus.Name], theme, folder)).ToList();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            foreach (var corpus in corpora)
            {
                corpus.DeleteStale();
            }
        }

        Console.WriteLine($"Load average at the end: {BenchmarkCommand.LoadAverage()}.");
        PrintSummary(corpora, results);
        PrintSteps(corpora.Select(corpus => corpus.Name).ToList(), results);
        PrintScaling(results);
        return 0;
    }

    private static void PrintSummary(IReadOnlyList<BenchmarkCorpus> corpora, Dictionary<string, List<ColdRun>> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"corpus",-18} {"size",-52} {"median",9} {"min",9} {"max",9} {"peak memory",12}  target");
        foreach (var corpus in corpora)
        {
            var runs = results[corpus.Name];
            var median = BenchmarkCommand.Median(runs.Select(run => run.Wall.TotalSeconds));
            var target = TargetSeconds.TryGetValue(corpus.Name, out var seconds)
                ? string.Create(CultureInfo.InvariantCulture, $"≤ {seconds} s: {(median <= seconds ? "met" : "missed")}")
                : "";
            if (corpus.Name == "large")
            {
                var memory = BenchmarkCommand.Median(runs.Select(run => run.PeakMemoryMegabytes));
                target += string.Create(CultureInfo.InvariantCulture, $"; < {LargePeakMemoryTargetMegabytes} MB: {(memory < LargePeakMemoryTargetMegabytes ? "met" : "missed")}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Name,-18} {corpus.Description,-52} {median,7:0.000} s {runs.Min(run => run.Wall.TotalSeconds),7:0.000} s {runs.Max(run => run.Wall.TotalSeconds),7:0.000} s {BenchmarkCommand.Median(runs.Select(run => run.PeakMemoryMegabytes)),9:0.0} MB  {target}"));
        }
    }

    /// <summary>The generator's own <c>--timings</c> of the median run of each corpus, step by step.</summary>
    private static void PrintSteps(IReadOnlyList<string> names, Dictionary<string, List<ColdRun>> results)
    {
        var medianRuns = names.ToDictionary(name => name, name => MedianRun(results[name]));
        var steps = medianRuns.Values.SelectMany(run => run.Steps.Select(step => step.Step)).Distinct(StringComparer.Ordinal).ToList();
        Console.WriteLine();
        Console.WriteLine("Time of each step (ms), as the generator reports it with --timings, in the median run:");
        Console.WriteLine($"{"step",-22}" + string.Concat(names.Select(name => $" {name,18}")));
        foreach (var step in steps)
        {
            Console.WriteLine($"{step,-22}" + string.Concat(names.Select(name =>
            {
                var found = medianRuns[name].Steps.Where(s => s.Step == step).Select(s => (double?)s.Milliseconds).FirstOrDefault();
                return found is { } milliseconds ? string.Create(CultureInfo.InvariantCulture, $" {milliseconds,18:0.0}") : $" {"",18}";
            })));
        }
    }

    private static void PrintScaling(Dictionary<string, List<ColdRun>> results)
    {
        Console.WriteLine();
        if (results.TryGetValue("medium", out var medium) && results.TryGetValue("large", out var large))
        {
            var ratio = BenchmarkCommand.Median(large.Select(run => run.Wall.TotalSeconds)) / BenchmarkCommand.Median(medium.Select(run => run.Wall.TotalSeconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"large / medium wall time: {ratio:0.00}× for 10× the sections and 5× the terms (target ≤ {LargeOverMediumTarget}×: {(ratio <= LargeOverMediumTarget ? "met" : "missed")})."));
        }

        if (results.TryGetValue("medium", out var fewTerms) && results.TryGetValue(TermFlatnessCorpus, out var manyTerms))
        {
            // The prose is the same; only the glossary grows. Its 1,800 extra terms also get pages of their own, so the
            // whole build grows with them, while the steps that read the prose should not.
            Console.WriteLine("Term flatness: the medium articles with 200 and with 2,000 glossary terms (the same prose; 1,800 more term pages):");
            Console.WriteLine($"{"",-22} {"200 terms",12} {"2,000 terms",12} {"ratio",8}");
            PrintRatio("wall time (s)", BenchmarkCommand.Median(fewTerms.Select(run => run.Wall.TotalSeconds)), BenchmarkCommand.Median(manyTerms.Select(run => run.Wall.TotalSeconds)));
            var few = MedianRun(fewTerms);
            var many = MedianRun(manyTerms);
            foreach (var (step, milliseconds) in few.Steps)
            {
                if (many.Steps.Where(s => s.Step == step).Select(s => (double?)s.Milliseconds).FirstOrDefault() is { } other)
                {
                    PrintRatio(step + " (ms)", milliseconds, other);
                }
            }
        }
    }

    private static void PrintRatio(string name, double few, double many) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {few,12:0.###} {many,12:0.###} {(few > 0 ? (many / few).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–"),8}"));


    /// <summary>The run whose wall time is the median (the lower of the middle two for an even count).</summary>
    private static ColdRun MedianRun(List<ColdRun> runs) => runs.OrderBy(run => run.Wall).ElementAt((runs.Count - 1) / 2);

}
