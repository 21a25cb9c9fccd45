using BenchmarkDotNet.Reports;

namespace Generator.Benchmarks;

/// <summary>
/// Prints, after the run, how much slower each benchmark is with the largest glossary than with the smallest: the
/// figure the issue sets a limit on, which BenchmarkDotNet's own ratio (between methods, not parameters) does not give.
/// </summary>
internal static class TermCountComparison
{
    public static void Print(IEnumerable<Summary> summaries)
    {
        foreach (var summary in summaries)
        {
            var medians = summary.Reports
                .Where(report => report.ResultStatistics is not null && report.BenchmarkCase.HasParameters)
                .Select(report => (
                    Method: report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                    TermCount: Convert.ToInt32(report.BenchmarkCase.Parameters[nameof(TermLinkingBenchmarks.TermCount)]),
                    Median: report.ResultStatistics!.Median))
                .ToList();
            if (medians.Count == 0)
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine("// * Median time, largest glossary vs smallest *");
            foreach (var method in medians.GroupBy(m => m.Method))
            {
                PrintRatio(method.Key, method.ToDictionary(m => m.TermCount, m => m.Median));
            }

            // Linking alone: what parsing and linking costs beyond parsing, per glossary size.
            var parse = medians.Where(m => m.Method == nameof(TermLinkingBenchmarks.Parse)).ToDictionary(m => m.TermCount, m => m.Median);
            var linkOnly = medians
                .Where(m => m.Method == nameof(TermLinkingBenchmarks.ParseAndLink) && parse.ContainsKey(m.TermCount))
                .ToDictionary(m => m.TermCount, m => m.Median - parse[m.TermCount]);
            PrintRatio("Link (ParseAndLink - Parse)", linkOnly);
        }
    }

    private static void PrintRatio(string name, Dictionary<int, double> medianByTermCount)
    {
        if (medianByTermCount.Count < 2)
        {
            return;
        }

        var smallest = medianByTermCount.Keys.Min();
        var largest = medianByTermCount.Keys.Max();
        var ratio = medianByTermCount[largest] / medianByTermCount[smallest];
        var cells = string.Join(", ", medianByTermCount.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key:N0} terms {pair.Value / 1000:N1} us"));
        Console.WriteLine($"{name,-30} {cells}; {largest:N0}/{smallest:N0} = {ratio:N3} ({(ratio - 1) * 100:+0.0;-0.0}%)");
    }
}
