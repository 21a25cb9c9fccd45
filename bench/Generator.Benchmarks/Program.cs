using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Generator.Benchmarks;

// Results go under bin/ (ignored by git) unless --artifacts says otherwise, so a run never dirties the work tree.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TermLinkingBenchmarks).Assembly).Run(args, config);
TermCountComparison.Print(summaries);
