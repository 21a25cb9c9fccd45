using System.Diagnostics;

namespace Generator.Benchmarks;

/// <summary>
/// The generator the cold-build benchmark starts: a path given on the command line, else the Native AOT binary if it
/// has been published, else the JIT build of the same configuration.
/// </summary>
internal sealed record GeneratorExecutable(string FileName, IReadOnlyList<string> LeadingArguments, string Description)
{
    public static string NativeBinary => Path.Combine(RepositoryFolder.Root, "bin", "Release", "net10.0", "linux-x64", "publish", "generator");

    public static string JitAssembly => Path.Combine(RepositoryFolder.Root, "bin", "Release", "net10.0", "generator.dll");

    /// <param name="path">A native executable, or a .dll to run with <c>dotnet</c>; null to choose as above.</param>
    public static GeneratorExecutable Find(string? path)
    {
        path ??= File.Exists(NativeBinary) ? NativeBinary : JitAssembly;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No generator at {path}: run `dotnet publish -c Release -r linux-x64` (native) or `dotnet build -c Release` (JIT) first.");
        }

        var full = Path.GetFullPath(path);
        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new GeneratorExecutable("dotnet", [full], $"JIT: dotnet {full}")
            : new GeneratorExecutable(full, [], $"native: {full}");
    }

    /// <summary>A warning when a source file changed after the executable was built: it would not measure the code.</summary>
    public string? Staleness()
    {
        var built = File.GetLastWriteTimeUtc(LeadingArguments.Count > 0 ? LeadingArguments[0] : FileName);
        var newest = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, "src"), "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc);
        return newest > built ? $"warning: src/ changed after this generator was built ({built:u}); publish or build it again to measure the current code." : null;
    }

    public ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(FileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in LeadingArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
