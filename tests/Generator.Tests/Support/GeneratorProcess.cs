using System.Diagnostics;
using Generator.Pipeline;

namespace Generator.Tests.Support;

/// <summary>Runs the real generator executable, as an editor or CI would, and captures what it prints.</summary>
public static class GeneratorProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>How to start the generator executable in <paramref name="workingDirectory"/> with its output captured.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(BuildPipeline).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public static Outcome Run(string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The generator did not finish within two minutes.");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
