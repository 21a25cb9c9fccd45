using System.Diagnostics;
using Generator.Pipeline;

namespace Generator.Tests.BadInput;

/// <summary>
/// Runs the real generator executable like <see cref="Support.GeneratorProcess"/>, and also measures its wall time and
/// peak resident memory (Linux's <c>VmHWM</c>, sampled while it runs). A run that goes past its limits is killed at
/// once, so a case that exhausts memory fails quickly instead of taking the test machine down with it.
/// </summary>
public static class MeasuredGeneratorProcess
{
    public sealed record Outcome(int? ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakMemoryBytes, string? KilledBecause);

    public static Outcome Run(string workingDirectory, TimeSpan timeLimit, long memoryLimitBytes, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(Support.GeneratorProcess.StartInfo(workingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        string? killedBecause = null;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(10)))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (peak > memoryLimitBytes)
            {
                killedBecause = $"it used {peak / 1_048_576} MB, more than the limit of {memoryLimitBytes / 1_048_576} MB";
            }
            else if (clock.Elapsed > timeLimit)
            {
                killedBecause = $"it ran for more than {timeLimit.TotalSeconds:0} s";
            }

            if (killedBecause is not null)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        clock.Stop();
        return new Outcome(killedBecause is null ? process.ExitCode : null, output.Result, error.Result, clock.Elapsed, peak, killedBecause);
    }

    /// <summary>The process's high-water mark of resident memory; 0 once it has exited.</summary>
    private static long PeakResidentBytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
