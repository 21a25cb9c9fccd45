using System.Diagnostics;

namespace Generator.Benchmarks;

/// <summary>
/// Waits until the file system has written out what is pending: a corpus written just before the first measured
/// build (tens of megabytes, thousands of files) would otherwise be flushed while that build writes its own site.
/// </summary>
internal static class DiskFlush
{
    public static void Run()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false })!;
        sync.WaitForExit();
    }
}
