using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Generator.Search;

namespace Generator.Benchmarks;

/// <summary>
/// Issue #19 goal 3: what a search downloads. Builds a corpus, then, for a few queries, adds up the gzipped bytes of
/// the files search.js fetches for them (docs/search.md): the manifest, each query word's shard and the shards of the
/// words it begins (when at most four; otherwise the build's summary of them), and the text of the eight results the header shows — counted as the eight
/// largest article or term files of the site, so the figure is an upper bound whatever the ranking picks.
/// </summary>
public static class SearchDownloadBenchmark
{
    private const int ShownResults = 8;
    private const int MostPrefixShards = SearchIndexFiles.ShardsPerPrefix;

    public static int Run(string[] arguments)
    {
        var generatorPath = BenchmarkCommand.GeneratorOption();
        var sizes = new Option<string>("--sizes") { Description = "Which corpora, comma-separated (small, medium, large, archive).", DefaultValueFactory = _ => "large" };
        var latency = new Option<bool>("--latency") { Description = "Also type the queries into the built site's search field in Chromium, with the processor slowed four times, and time each keystroke to its results (needs Chromium: CHROMIUM_PATH, or /usr/bin/chromium)." };
        var built = new Option<string?>("--site") { Description = "Measure this site, already built from the one corpus --sizes names, instead of building it (to measure again without waiting for a build)." };
        var command = new RootCommand("Bytes (gzip) a search downloads on a generated corpus, and optionally how soon its results show.") { generatorPath, sizes, latency, built };
        command.SetAction(parse =>
        {
            if (BenchmarkCommand.FindGenerator(parse.GetValue(generatorPath)) is not { } generator)
            {
                return 2;
            }

            var names = parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries);
            var corpora = BenchmarkCorpus.All.Where(corpus => names.Contains(corpus.Name)).ToList();
            if (corpora.Count != names.Length)
            {
                Console.Error.WriteLine("error: the sizes are small, medium, large and archive");
                return 2;
            }

            if (parse.GetValue(built) is not null && corpora.Count != 1)
            {
                Console.Error.WriteLine("error: --site measures one corpus: name it with --sizes");
                return 2;
            }

            var folder = Path.Combine(RepositoryFolder.Root, "bench", ".search", Guid.NewGuid().ToString("N"));
            try
            {
                Console.WriteLine($"Generator: {generator.Description}.");
                foreach (var corpus in corpora)
                {
                    var site = parse.GetValue(built) ?? Path.Combine(folder, corpus.Name, "site");
                    if (parse.GetValue(built) is null)
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(site)!);
                        ColdRun.Build(generator, corpus.Input(), Path.Combine(RepositoryFolder.Root, "theme"), site);
                    }

                    var queries = Measure(corpus, site);
                    if (parse.GetValue(latency))
                    {
                        SearchLatency.MeasureAsync(site, queries).GetAwaiter().GetResult();
                    }
                }
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return 0;
        });
        return command.Parse(arguments).Invoke();
    }

    /// <returns>The queries measured, for the latency run.</returns>
    private static IReadOnlyList<string> Measure(BenchmarkCorpus corpus, string site)
    {
        var search = Path.Combine(site, "search");
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(search, "index.json")))!;
        var shards = manifest["shards"]!.AsArray().Select(s => (Key: s![0]!.GetValue<string>(), Name: s[1]!.GetValue<string>())).ToList();
        var summaries = manifest["prefixes"]!.AsArray().ToDictionary(p => p![0]!.GetValue<string>(), p => p![1]!.GetValue<string>(), StringComparer.Ordinal);
        var texts = Directory.GetFiles(Path.Combine(search, "a")).Concat(Directory.Exists(Path.Combine(search, "t")) ? Directory.GetFiles(Path.Combine(search, "t")) : [])
            .Select(Gzipped).OrderDescending().Take(ShownResults).Sum();
        var allShards = Directory.GetFiles(Path.Combine(search, "s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name} ({corpus.Description}): {allShards.Length:N0} shards, {allShards.Sum(f => new FileInfo(f).Length) / 1024.0:N0} KB of shards before compression; the {ShownResults} largest result files {texts / 1024.0:N1} KB gzip"));
        var glossaryName = FirstTermName(site);
        var queries = new[] { "the", "talks would resume", "harvest bridge winter", "hospi", "ne", "negotaitors", glossaryName };
        foreach (var query in queries)
        {
            var fetched = new HashSet<string> { Path.Combine(search, "index.json") };
            foreach (var word in SearchText.Words(query).Select(w => w.Word).Distinct())
            {
                // A word whose first letters are split further than it ("ne" when "n" and "ne" are) has no shard of its own.
                var own = shards.Where(s => word.StartsWith(s.Key, StringComparison.Ordinal)).OrderByDescending(s => s.Key.Length).Take(1);
                var longer = shards.Where(s => s.Key.Length > word.Length && s.Key.StartsWith(word, StringComparison.Ordinal)).ToList();
                foreach (var shard in own.Concat(longer.Count <= MostPrefixShards ? longer : []))
                {
                    fetched.Add(Path.Combine(search, "s", shard.Name + ".json"));
                }

                if (longer.Count > MostPrefixShards && summaries.TryGetValue(word, out var summary))
                {
                    fetched.Add(Path.Combine(search, "p", summary + ".json"));
                }
            }

            var bytes = fetched.Sum(Gzipped) + texts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {'"' + query + '"',-28} {fetched.Count - 1,3} shards or summaries + manifest {fetched.Sum(Gzipped) / 1024.0,7:N1} KB, with the result texts {bytes / 1024.0,7:N1} KB gzip"));
        }

        return queries;
    }

    /// <summary>The name of the glossary's first term, as a query for a term.</summary>
    private static string FirstTermName(string site)
    {
        var first = Directory.GetDirectories(Path.Combine(site, "glossary")).Order(StringComparer.Ordinal).First();
        return Path.GetFileName(first).Replace('-', ' ');
    }

    private static long Gzipped(string path)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }

        return compressed.Length;
    }
}
