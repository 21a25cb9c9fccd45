using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Prints a build's diagnostics to the error stream, each with its source line, then a count.</summary>
public static class DiagnosticPrinter
{
    /// <summary>What a failed build did, for the count line; each command that fails otherwise says what it did.</summary>
    public const string NoSiteWritten = "no site was written; the previous one is unchanged.";

    /// <param name="failed">What the command did when there are errors, ending the count line ("2 errors: …").</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, string failed = NoSiteWritten)
    {
        // Each file is read and split once, however many of its lines are shown.
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        string? SourceLine(string file, int line)
        {
            if (!sources.TryGetValue(file, out var lines))
            {
                lines = File.Exists(file) ? SourceFileReader.NormaliseLineEndings(File.ReadAllText(file)).Split('\n') : null;
                sources[file] = lines;
            }

            return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
        }

        foreach (var diagnostic in diagnostics)
        {
            writer.Write(DiagnosticFormatter.Format(diagnostic, SourceLine));
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        if (errors > 0)
        {
            writer.WriteLine($"{Plural(errors, "error")}{(warnings > 0 ? $" and {Plural(warnings, "warning")}" : "")}: {failed}");
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
