using System.CommandLine;

namespace Generator.Benchmarks;

/// <summary>What the benchmarks that run the generator as a process share: the option naming it, and their statistics.</summary>
internal static class BenchmarkCommand
{
    public static Option<string?> GeneratorOption() => new("--generator")
    {
        Description = "The generator to measure: a native executable, or a .dll run with dotnet. Default: the published native binary, else the JIT build.",
    };

    /// <summary>The generator to measure, or null after saying why there is none.</summary>
    public static GeneratorExecutable? FindGenerator(string? path)
    {
        try
        {
            return GeneratorExecutable.Find(path);
        }
        catch (FileNotFoundException missing)
        {
            Console.Error.WriteLine("error: " + missing.Message);
            return null;
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages: other work on a shared machine moves the figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Copies a corpus to a work folder, for the benchmarks that edit it.</summary>
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
