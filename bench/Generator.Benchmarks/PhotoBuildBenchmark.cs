using System.CommandLine;
using System.Globalization;
using Generator.Images;
using Generator.Incremental;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #18 point 7: what photos cost a build. The medium corpus (100 articles) is built as it is, and with a
/// 2000 x 1333 JPEG in each article (the medium-photos corpus), which every clean build resizes to four widths in
/// WebP and JPEG; then, on the photo site, each by a new generator process: a rebuild with nothing changed; a clean
/// build of the pages with the image cache kept (site/ and every other file of the build cache deleted, as a CI job
/// that keeps only .site.cache/images/ would); and a rebuild after one photo was replaced by another. Processor time
/// and peak memory come from the generator's own --timings: on a shared machine they move far less than wall time.
/// </summary>
public static class PhotoBuildBenchmark
{
    private const string ImagesStep = "process images";

    public static int Run(string[] arguments)
    {
        var generatorPath = BenchmarkCommand.GeneratorOption();
        var runs = new Option<int>("--runs") { Description = "Measured builds of each kind.", DefaultValueFactory = _ => 3 };
        var builds = new Option<string?>("--builds")
        {
            Description = "The folder the corpus is copied to and built in (default: bench/.photos/ beside the repository).",
        };
        var command = new RootCommand("Clean builds and rebuilds of 100 articles with 100 photos, with the image cache cold and warm.") { generatorPath, runs, builds };
        command.SetAction(parse =>
        {
            if (BenchmarkCommand.FindGenerator(parse.GetValue(generatorPath)) is not { } generator)
            {
                return 2;
            }

            if (parse.GetValue(runs) < 1)
            {
                Console.Error.WriteLine("error: --runs must be at least 1");
                return 2;
            }

            var folder = Path.Combine(Path.GetFullPath(parse.GetValue(builds) ?? Path.Combine(RepositoryFolder.Root, "bench", ".photos")), Guid.NewGuid().ToString("N"));
            try
            {
                Console.WriteLine($"Generator: {generator.Description}; {Environment.ProcessorCount} cores; load average {BenchmarkCommand.LoadAverage()} at the start.");
                Measure(generator, parse.GetValue(runs), folder);
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

    private static void Measure(GeneratorExecutable generator, int runs, string folder)
    {
        var withoutPhotos = BenchmarkCorpus.All.Single(corpus => corpus.Name == "medium");
        var withPhotos = BenchmarkCorpus.All.Single(corpus => corpus.Name == "medium-photos");
        var theme = Path.Combine(RepositoryFolder.Root, "theme");
        var plainInput = withoutPhotos.Input();
        // The photo corpus is copied: a photo is replaced in it.
        var input = Path.Combine(folder, "input");
        BenchmarkCommand.CopyFolder(withPhotos.Input(), input);
        var photos = Directory.GetFiles(Path.Combine(input, "assets", "photos"), "raster-*.jpg").Order(StringComparer.Ordinal).ToList();

        var plain = Enumerable.Range(0, runs).Select(run => ColdRun.Build(generator, plainInput, theme, Path.Combine(folder, $"plain-{run}", "site"))).ToList();
        var cold = Enumerable.Range(0, runs).Select(run => ColdRun.Build(generator, input, theme, Path.Combine(folder, $"cold-{run}", "site"))).ToList();
        // The rebuilds all work on the first clean build's site and cache.
        var site = Path.Combine(folder, "cold-0", "site");
        var unchanged = Enumerable.Range(0, runs).Select(_ => ColdRun.Build(generator, input, theme, site)).ToList();
        var warmImages = Enumerable.Range(0, runs).Select(_ =>
        {
            Directory.Delete(site, recursive: true);
            EmptyBuildCacheButImages(site);
            return ColdRun.Build(generator, input, theme, site);
        }).ToList();
        var onePhoto = Enumerable.Range(0, runs).Select(run =>
        {
            // Another photo's bytes: the same size and kind, a different picture.
            File.Copy(photos[^(run + 1)], photos[run], overwrite: true);
            return ColdRun.Build(generator, input, theme, site);
        }).ToList();

        Console.WriteLine($"{withPhotos.Description}; each figure the median of {runs} build(s), each by a new process:");
        Console.WriteLine($"  {"",-58} {"processor",10} {"images step",12} {"peak memory",12} {"wall",9}");
        Print($"clean build, no photos ({withoutPhotos.Name})", plain);
        Print("clean build, image cache cold (encodes every photo)", cold);
        Print("clean build of the pages, image cache warm", warmImages);
        Print("rebuild, nothing changed", unchanged);
        Print("rebuild after one photo was replaced", onePhoto);
        Console.WriteLine($"  last rebuild: {onePhoto[^1].Summary}");
    }

    /// <summary>Deletes the build cache beside <paramref name="site"/> except the image cache's folder.</summary>
    private static void EmptyBuildCacheButImages(string site)
    {
        var cache = BuildCache.FolderFor(site);
        var images = new ImageCache(cache).Folder;
        foreach (var entry in Directory.EnumerateFileSystemEntries(cache).Where(entry => entry != images).ToList())
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }

    private static void Print(string name, IReadOnlyList<ColdRun> runs)
    {
        var images = runs.Select(run => run.StepProcessorTimes.Where(step => step.Step == ImagesStep).Sum(step => step.Milliseconds) / 1000).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-58} {BenchmarkCommand.Median(runs.Select(run => run.ProcessorSeconds)),8:0.00} s {BenchmarkCommand.Median(images),10:0.00} s {BenchmarkCommand.Median(runs.Select(run => run.PeakMemoryMegabytes)),9:0.0} MB {BenchmarkCommand.Median(runs.Select(run => run.Wall.TotalSeconds)),7:0.00} s"));
    }
}
