using System.Collections.Concurrent;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Incremental;

/// <summary>
/// Content files as the last build parsed them, kept in memory by <c>serve</c> between builds: a file whose text is
/// unchanged is not parsed again, and the problems found in it are reported again. Keyed by the file and by how it
/// was read (a section's slug and order come from its name), compared by the whole text.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<(string Path, string Reading), Entry> _entries = new();

    public T? Read<T>(SourceFile file, string reading, DiagnosticBag diagnostics, Func<SourceFile, DiagnosticBag, T?> parse)
        where T : class
    {
        if (_entries.TryGetValue((file.FullPath, reading), out var entry) && entry.Text == file.Text)
        {
            diagnostics.AddRange(entry.Findings);
            return (T?)entry.Result;
        }

        var findings = diagnostics.CreateEmpty();
        var result = parse(file, findings);
        var found = findings.Sorted();
        diagnostics.AddRange(found);
        _entries[(file.FullPath, reading)] = new Entry(file.Text, result, found);
        return result;
    }

    private sealed record Entry(string Text, object? Result, IReadOnlyList<Diagnostic> Findings);
}
