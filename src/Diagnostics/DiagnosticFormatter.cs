using System.Text;

namespace Generator.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do: a first line editors and CI annotate
/// (<c>file:line:column: error: message</c>), then the offending source line with a caret, then the hint, then the
/// other place the problem involves, if any, as a <c>note:</c> with its own line and caret.
/// </summary>
public static class DiagnosticFormatter
{
    /// <param name="sourceLine">The text of a line (from 1) of a file, or null when there is none.</param>
    public static string Format(Diagnostic diagnostic, Func<string, int, string?> sourceLine)
    {
        var text = new StringBuilder();
        var severity = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        text.Append(diagnostic.Location).Append(": ").Append(severity).Append(": ").AppendLine(diagnostic.Message);
        AppendSourceLine(text, diagnostic.Location, sourceLine);
        if (diagnostic.Hint is not null)
        {
            text.Append("  hint: ").AppendLine(diagnostic.Hint);
        }

        if (diagnostic.Related is { } related)
        {
            text.Append(related.Location).Append(": note: ").AppendLine(related.Message);
            AppendSourceLine(text, related.Location, sourceLine);
        }

        return text.ToString();
    }

    private static void AppendSourceLine(StringBuilder text, SourceLocation location, Func<string, int, string?> sourceLine)
    {
        if (!location.HasPosition || sourceLine(location.File, location.Line) is not { } line)
        {
            return;
        }

        var gutter = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var caretIndent = CaretIndent(line, location.Column);
        text.Append("  ").Append(gutter).Append(" | ").AppendLine(Visible(line.Length <= 200 ? line : line[..200] + "…"));
        text.Append("  ").Append(' ', gutter.Length).Append(" | ").Append(caretIndent).AppendLine("^");
    }

    // Tabs are shown as arrows so a tab-indentation error is visible, and the caret is aligned to match.
    private static string Visible(string line) => line.Replace('\t', '→');

    private static string CaretIndent(string line, int column)
    {
        var width = Math.Clamp(column - 1, 0, line.Length);
        return new string(' ', width);
    }
}
