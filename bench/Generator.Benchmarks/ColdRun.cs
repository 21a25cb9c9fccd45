using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Benchmarks;

/// <summary>
/// One cold build: a new generator process building a corpus into a new, empty folder (so no build cache exists),
/// timed from start to exit, with the step times, their processor times and the peak memory the process reports itself
/// with <c>--timings</c>.
/// </summary>
internal sealed partial record ColdRun(TimeSpan Wall, double PeakMemoryMegabytes, IReadOnlyList<(string Step, double Milliseconds)> Steps)
{
    /// <summary>
    /// The processor time of the build's steps on all cores, summed from <c>--timings</c> (the process's start, before
    /// the first step, is not in it): on a shared machine it moves far less with other work than the wall time does.
    /// </summary>
    public double ProcessorSeconds { get; init; }

    /// <summary>Each step's processor time (ms), as <c>--timings</c> prints it.</summary>
    public IReadOnlyList<(string Step, double Milliseconds)> StepProcessorTimes { get; init; } = [];

    /// <summary>The generator's line saying how many articles and pages it rendered and files it changed.</summary>
    public string Summary { get; init; } = "";

    /// <param name="runs">
    /// Where the run's folder is made. The caller removes it after the last run of the benchmark, not after each run:
    /// deleting one site's thousands of files makes the next builds' file creation slower (see ColdBuildBenchmark).
    /// </param>
    public static ColdRun Measure(GeneratorExecutable generator, string input, string theme, string runs)
    {
        var folder = Path.Combine(runs, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Build(generator, input, theme, Path.Combine(folder, "site"));
    }

    /// <summary>One build by a new generator process into <paramref name="site"/>, with its cache beside it if there is one.</summary>
    public static ColdRun Build(GeneratorExecutable generator, string input, string theme, string site)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site)!);
        var start = generator.StartInfo(Path.GetDirectoryName(site)!, ["--input", input, "--output", site, "--theme", theme, "--timings"]);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The build failed (exit {process.ExitCode}):\n{error.Result}");
        }

        var lines = TimingLine().Matches(output.Result)
            .Select(match => (Name: match.Groups["name"].Value, Value: double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture), Unit: match.Groups["unit"].Value,
                Processor: match.Groups["processor"].Success ? double.Parse(match.Groups["processor"].Value, CultureInfo.InvariantCulture) : 0))
            .ToList();
        var peak = lines.SingleOrDefault(line => line.Name == "peak memory");
        if (peak.Unit != "MB")
        {
            throw new InvalidOperationException("The generator printed no 'peak memory' line with --timings:\n" + output.Result);
        }

        return new ColdRun(clock.Elapsed, peak.Value, lines.Where(line => line.Unit == "ms").Select(line => (line.Name, line.Value)).ToList())
        {
            Summary = output.Result.Split('\n').LastOrDefault(line => line.Contains(" rendered;", StringComparison.Ordinal))?.Trim() ?? "",
            ProcessorSeconds = lines.Sum(line => line.Processor) / 1000,
            StepProcessorTimes = lines.Where(line => line.Unit == "ms").Select(line => (line.Name, line.Processor)).ToList(),
        };
    }

    // "  load content            257.3 ms    410.2 ms processor    356.0 MB allocated     41.5 ms collecting" and
    // "  peak memory             213.2 MB",
    // as BuildCommand prints them.
    [GeneratedRegex(@"^\s+(?<name>\S.*?)\s+(?<value>\d+(\.\d+)?) (?<unit>ms|MB)(\s+(?<processor>\d+(\.\d+)?) ms processor\s+\d+(\.\d+)? MB allocated\s+\d+(\.\d+)? ms collecting)?\s*$", RegexOptions.Multiline)]
    private static partial Regex TimingLine();
}
