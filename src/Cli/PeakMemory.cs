using System.Globalization;

namespace Generator.Cli;

/// <summary>
/// The most memory the process has held resident so far (Linux's VmHWM), so <c>--timings</c> can report what a build
/// really cost; the GC's own counters miss native memory and the runtime itself.
/// </summary>
public static class PeakMemory
{
    /// <returns>Bytes, or null where /proc is not available (macOS, Windows).</returns>
    public static long? ResidentBytes()
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusFile))
        {
            // The line reads "VmHWM:     52344 kB".
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
