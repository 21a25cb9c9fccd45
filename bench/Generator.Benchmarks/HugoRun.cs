using System.Diagnostics;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// One build of a Hugo site by a new <c>hugo</c> process into a new, empty folder, timed from start to exit, with its
/// peak memory: the high-water mark of its resident memory, read from <c>/proc</c> while it runs (Hugo does not report
/// its own).
/// </summary>
internal sealed record HugoRun(TimeSpan Wall, double PeakMemoryMegabytes)
{
    /// <summary>How often the high-water mark is read: what Hugo adds in its last moments may be missed.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    /// <summary>The Hugo version line (<c>hugo version</c>), or null when there is no <c>hugo</c> to run.</summary>
    public static string? Version(string hugo)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(hugo, "version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? line : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <param name="runs">Where the run's output folder is made; the caller removes it after the last run.</param>
    public static HugoRun Measure(string hugo, string site, string runs)
    {
        var destination = Path.Combine(runs, Guid.NewGuid().ToString("N"), "public");
        Directory.CreateDirectory(destination);
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--quiet", "--source", site, "--destination", destination, "--cacheDir", Path.Combine(Path.GetDirectoryName(destination)!, "cache") })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peakKilobytes = 0L;
        while (!process.WaitForExit(PollEvery))
        {
            peakKilobytes = Math.Max(peakKilobytes, HighWaterMark(process.Id));
        }

        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Hugo failed (exit {process.ExitCode}):\n{error.Result}{output.Result}");
        }

        return new HugoRun(clock.Elapsed, peakKilobytes / 1024.0);
    }

    /// <summary>The process's <c>VmHWM</c> in kilobytes; 0 once it is gone.</summary>
    private static long HighWaterMark(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
