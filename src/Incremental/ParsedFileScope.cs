namespace Generator.Incremental;

/// <summary>
/// The content file whose parsed record the build cache is writing or reading on this thread (<see cref="ParsedFiles"/>).
/// A section's record names its own file in every place it holds (its body, the location of each field, note and
/// photo): written out each time, the paths were most of the cache's bytes, and read back they were a string each, most
/// of the memory an archive's parsed content took. Within the scope the converters write a place in the file itself
/// without its path, and read such a place back as the file's one string. The scope is set for one record at a time, on
/// the thread that writes or reads it; outside a scope every place is written whole.
/// </summary>
internal static class ParsedFileScope
{
    [ThreadStatic]
    private static string? CurrentDisplayPath;
    [ThreadStatic]
    private static string? CurrentFullPath;

    /// <summary>The file's path as diagnostics show it, or null outside a scope.</summary>
    public static string? DisplayPath => CurrentDisplayPath;

    /// <summary>The file's full path, or null outside a scope.</summary>
    public static string? FullPath => CurrentFullPath;

    /// <summary>Whether a place in this file may be written without its path (within a scope, in its own file).</summary>
    public static bool IsOwnFile(string displayPath) => CurrentDisplayPath is { } own && string.Equals(own, displayPath, StringComparison.Ordinal);

    public static Scope Enter(string displayPath, string fullPath)
    {
        var outer = new Scope(CurrentDisplayPath, CurrentFullPath);
        (CurrentDisplayPath, CurrentFullPath) = (displayPath, fullPath);
        return outer;
    }

    /// <summary>Restores the scope that was current before <see cref="Enter"/> when disposed.</summary>
    public readonly struct Scope(string? displayPath, string? fullPath) : IDisposable
    {
        public void Dispose() => (CurrentDisplayPath, CurrentFullPath) = (displayPath, fullPath);
    }
}
