using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Publishing;

/// <summary>
/// Keeps two builds of the same output folder from interleaving: the second waits for the first, then gives up
/// with a clear message. The lock is an exclusively opened file next to the output folder, released even if the process dies.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static BuildLock? Acquire(string outputFolder, TimeSpan wait, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        Directory.CreateDirectory(parent);
        var path = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                diagnostics.Error(SourceLocation.WholeFile(SourceFileReader.DisplayPathOf(full)),
                    $"another build is writing to this folder and did not finish within {wait.TotalSeconds:0} seconds",
                    $"wait for the other build to finish, or stop it; its lock is {SourceFileReader.DisplayPathOf(path)}.");
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
