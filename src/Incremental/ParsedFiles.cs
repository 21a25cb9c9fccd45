using System.Collections.Concurrent;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// Content files as the last build parsed them, kept in memory by <c>serve</c> between builds: a file whose size and
/// modification time are unchanged is not even read again, one whose text is unchanged is not parsed again, and the
/// problems found in it are reported again. Keyed by the file and by how it was read (a section's slug and order come
/// from its name).
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<(string Path, string Reading), Entry> _entries = new();

    /// <param name="read">Reads and decodes the file (null, with the error reported, when it cannot be used).</param>
    /// <param name="parse">Parses the decoded file.</param>
    public T? Read<T>(string path, string reading, DiagnosticBag diagnostics, Func<string, DiagnosticBag, SourceFile?> read, Func<SourceFile, DiagnosticBag, T?> parse)
        where T : class
    {
        // Taken before reading: a save during the read changes the time again, so the next build reads the file anew.
        var info = new FileInfo(path);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
        var known = _entries.TryGetValue((path, reading), out var entry);
        if (known && entry!.Stamp == stamp)
        {
            diagnostics.AddRange(entry.Findings);
            return (T?)entry.Result;
        }

        if (read(path, diagnostics) is not { } file)
        {
            _entries.TryRemove((path, reading), out _);
            return null;
        }

        if (known && file.Utf8.SequenceEqual(entry!.File.Utf8))
        {
            _entries[(path, reading)] = entry with { Stamp = stamp };
            diagnostics.AddRange(entry.Findings);
            return (T?)entry.Result;
        }

        var findings = diagnostics.CreateEmpty();
        var result = parse(file, findings);
        var found = findings.Sorted();
        diagnostics.AddRange(found);
        _entries[(path, reading)] = new Entry(stamp, file, result, found);
        return result;
    }

    private sealed record Entry((long Length, long Ticks) Stamp, SourceFile File, object? Result, IReadOnlyList<Diagnostic> Findings);
}
