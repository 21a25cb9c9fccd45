using System.Globalization;
using System.Reflection;

namespace Generator.Incremental;

/// <summary>
/// Identifies the generator that wrote a cache entry, so a new generator never reuses an old one's output: its version
/// plus the size and time of its own executable, which change with every rebuild of the generator (a developer's
/// uncommitted change included).
/// </summary>
public static class GeneratorVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var version = typeof(GeneratorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        // Under the JIT the generator is generator.dll beside the host; under Native AOT the executable itself.
        var assembly = Path.Combine(AppContext.BaseDirectory, typeof(GeneratorVersion).Assembly.GetName().Name + ".dll");
        var location = File.Exists(assembly) ? assembly : Environment.ProcessPath;
        var binary = location is not null && File.Exists(location) ? new FileInfo(location) : null;
        return string.Create(CultureInfo.InvariantCulture, $"{version}|{binary?.Length}|{binary?.LastWriteTimeUtc.Ticks}");
    }
}
