using System.Collections.Concurrent;

namespace Generator.Diagnostics;

/// <summary>
/// Collects the diagnostics of one build; safe to add to from parallel steps. With
/// <paramref name="warningsAreErrors"/> (<c>--strict</c>) every warning is recorded as an error and stops the build.
/// </summary>
public sealed class DiagnosticBag(bool warningsAreErrors = false)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>A bag for one part of the build, with the same strictness, whose findings can be kept and replayed.</summary>
    public DiagnosticBag CreateEmpty() => new(warningsAreErrors);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Add(Diagnostic diagnostic) =>
        _items.Enqueue(warningsAreErrors && diagnostic.Severity == Severity.Warning ? diagnostic with { Severity = Severity.Error } : diagnostic);

    public void Error(SourceLocation location, string message, string? hint = null) =>
        Add(Diagnostic.Error(location, message, hint));

    public void Warning(SourceLocation location, string message, string? hint = null) =>
        Add(Diagnostic.Warning(location, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>
    /// All diagnostics in a stable order (file, line, column), whatever order parallel steps added them in;
    /// a problem found once per page (a layout error) is listed once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
