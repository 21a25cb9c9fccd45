using System.CommandLine;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #15 goals 1 and 5: what a plain rebuild costs after an editor's edit, on the large (1,000 articles) and the
/// archive (10,000 articles) corpora. Each corpus is copied to a work folder (it is edited) and built once with an empty
/// cache (the clean build, which writes the cache); then, each by a new generator process on the same output folder:
/// N rebuilds with nothing changed, and N rebuilds each after one sentence was appended to one section of another
/// article. The figures are the medians, and each against the clean build.
/// </summary>
public static class RebuildBenchmark
{
    public static int Run(string[] arguments)
    {
        var generatorPath = BenchmarkCommand.GeneratorOption();
        var runs = new Option<int>("--runs") { Description = "Measured rebuilds of each kind per size.", DefaultValueFactory = _ => 5 };
        var sizes = new Option<string>("--sizes") { Description = "Which corpora, comma-separated: large, archive.", DefaultValueFactory = _ => "large,archive" };
        var builds = new Option<string?>("--builds")
        {
            Description = "The folder the corpora are copied to and built in (default: bench/.rebuild/ beside the repository). "
                + "A memory file system (/dev/shm) measures the generator without the disk's state.",
        };
        var command = new RootCommand("Plain rebuilds after no change and after a one-sentence edit, against the clean build.") { generatorPath, runs, sizes, builds };
        command.SetAction(parse =>
        {
            if (BenchmarkCommand.FindGenerator(parse.GetValue(generatorPath)) is not { } generator)
            {
                return 2;
            }

            if (parse.GetValue(runs) < 1 || BenchmarkCorpus.Named(parse.GetValue(sizes)!) is not { } corpora)
            {
                Console.Error.WriteLine("error: --runs must be at least 1, and the sizes are large and archive (or small, medium)");
                return 2;
            }

            var folder = Path.Combine(Path.GetFullPath(parse.GetValue(builds) ?? Path.Combine(RepositoryFolder.Root, "bench", ".rebuild")), Guid.NewGuid().ToString("N"));
            try
            {
                Console.WriteLine($"Generator: {generator.Description}; {Environment.ProcessorCount} cores; load average {BenchmarkCommand.LoadAverage()} at the start.");
                foreach (var corpus in corpora)
                {
                    Measure(generator, corpus, parse.GetValue(runs), Path.Combine(folder, corpus.Name));
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
            return 0;
        });
        return command.Parse(arguments).Invoke();
    }

    private static void Measure(GeneratorExecutable generator, BenchmarkCorpus corpus, int runs, string folder)
    {
        var input = Path.Combine(folder, "input");
        BenchmarkCommand.CopyFolder(corpus.Input(), input);
        var site = Path.Combine(folder, "site");
        var theme = Path.Combine(RepositoryFolder.Root, "theme");
        Console.WriteLine($"{corpus.Name} ({corpus.Description}):");

        var clean = ColdRun.Build(generator, input, theme, site);
        var unchanged = Enumerable.Range(0, runs).Select(_ => ColdRun.Build(generator, input, theme, site)).ToList();
        // A different article each time, from the middle of the archive: neither the front page's nor the feed's.
        var articles = Directory.GetDirectories(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).ToList();
        var edited = Enumerable.Range(0, runs).Select(run =>
        {
            var article = articles[(articles.Count / 2 + run * 7) % articles.Count];
            var section = Directory.GetFiles(article, "0*.md").Order(StringComparer.Ordinal).First();
            File.AppendAllText(section, $"\nThe desk added one sentence in edit {run + 1}.\n");
            return ColdRun.Build(generator, input, theme, site);
        }).ToList();

        Print("clean build (writes the cache)", [clean], clean);
        Print("rebuild, nothing changed", unchanged, clean);
        Print("rebuild after a one-sentence edit", edited, clean);
        Console.WriteLine($"  last edit: {edited[^1].Summary}");
    }

    private static void Print(string name, IReadOnlyList<ColdRun> runs, ColdRun clean)
    {
        var seconds = BenchmarkCommand.Median(runs.Select(run => run.Wall.TotalSeconds));
        var memory = BenchmarkCommand.Median(runs.Select(run => run.PeakMemoryMegabytes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-36} median {seconds,8:0.000} s ({seconds / clean.Wall.TotalSeconds,6:0.0%} of clean), peak memory {memory,7:0.0} MB ({memory / clean.PeakMemoryMegabytes,6:0.0%} of clean)"));
    }
}
