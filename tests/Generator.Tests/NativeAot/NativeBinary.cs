using System.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.NativeAot;

/// <summary>
/// The generator as production runs it: <c>dotnet publish -c Release -r linux-x64</c>, a Native AOT executable.
/// Published once per test run from a copy of the project (its sources and root files), so the native compile never
/// touches the bin/ and obj/ folders other builds of the working tree are using.
/// </summary>
public sealed class NativeBinary : IDisposable
{
    // Two to four minutes on a quiet machine; ten were not enough with other builds holding a load average of 100 on two cores.
    private static readonly TimeSpan PublishTimeLimit = TimeSpan.FromMinutes(20);

    public NativeBinary()
    {
        if (!File.Exists("/usr/bin/clang") || !File.Exists("/usr/include/zlib.h"))
        {
            throw new InvalidOperationException("The native link needs clang and zlib: run tests/run.sh (it installs Debian's clang and zlib1g-dev).");
        }

        Root = Path.Combine(Path.GetTempPath(), "generator-tests", "native-aot-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(Root, "project");
        ProjectCopy.Make(project);
        var published = Path.Combine(Root, "published");
        Publish(project, published);
        Executable = Path.Combine(published, "generator");
    }

    public string Root { get; }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    /// <summary>Runs the native generator like <see cref="GeneratorProcess.Run"/> runs the JIT one.</summary>
    public GeneratorProcess.Outcome Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The native generator did not finish within two minutes.");
        }

        return new GeneratorProcess.Outcome(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);


    private static void Publish(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", "Generator.csproj", "-c", "Release", "-r", "linux-x64", "-o", output, "-nologo", "--disable-build-servers" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish did not finish within {PublishTimeLimit.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish -r linux-x64 failed (exit {process.ExitCode}):\n{log.Result}\n{errors.Result}");
        }
    }
}
