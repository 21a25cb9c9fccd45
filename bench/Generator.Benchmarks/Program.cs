using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Generator.Benchmarks;

if (args is ["latency", .. var options])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- latency [input folder] [edits]
    return EditLatencyBenchmark.Run(options.ElementAtOrDefault(0) ?? "input", "theme", options.Length > 1 ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
}

if (args is ["cold", .. var coldOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- cold [--generator PATH] [--runs N] [--sizes small,medium,large]
    return ColdBuildBenchmark.Run(coldOptions);
}

if (args is ["rebuild", .. var rebuildOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- rebuild [--generator PATH] [--runs N] [--sizes large,archive] [--builds FOLDER]
    return RebuildBenchmark.Run(rebuildOptions);
}

if (args is ["hugo", .. var hugoOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- hugo [--generator PATH] [--hugo PATH] [--runs N] [--sizes large,archive] [--builds FOLDER]
    return HugoComparisonBenchmark.Run(hugoOptions);
}

if (args is ["search", .. var searchOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- search [--generator PATH] [--sizes large]
    return SearchDownloadBenchmark.Run(searchOptions);
}

if (args is ["photos", .. var photoOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- photos [--generator PATH] [--runs N] [--builds FOLDER]
    return PhotoBuildBenchmark.Run(photoOptions);
}

if (args is ["cards", .. var cardOptions])
{
    // dotnet run -c Release --project bench/Generator.Benchmarks -- cards [--cards N]
    return CardDrawingBenchmark.Run(cardOptions);
}

// Results go under bin/ (ignored by git) unless --artifacts says otherwise, so a run never dirties the work tree.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TermLinkingBenchmarks).Assembly).Run(args, config);
TermCountComparison.Print(summaries);
return 0;
