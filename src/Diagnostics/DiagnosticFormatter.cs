using System.Text;

namespace Generator.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do: a first line editors and CI annotate
/// (<c>file:line:column: error: message</c>), then the offending source line with a caret, then the hint.
/// </summary>
public static class DiagnosticFormatter
{
    /// <param name="sourceLine">The text of a line (from 1) of a file, or null when there is none.</param>
    public static string Format(Diagnostic diagnostic, Func<string, int, string?> sourceLine)
    {
        var text = new StringBuilder();
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        text.Append(diagnostic.Location).Append(": ").Append(severity).Append(": ").AppendLine(diagnostic.Message);

        if (diagnostic.Location.HasPosition)
        {
            var line = sourceLine(diagnostic.Location.File, diagnostic.Location.Line);
            if (line is not null)
            {
                var gutter = diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var caretIndent = CaretIndent(line, diagnostic.Location.Column);
                text.Append("  ").Append(gutter).Append(" | ").AppendLine(Visible(line.Length <= 200 ? line : line[..200] + "…"));
                text.Append("  ").Append(' ', gutter.Length).Append(" | ").Append(caretIndent).AppendLine("^");
            }
        }

        if (diagnostic.Hint is not null)
        {
            text.Append("  hint: ").AppendLine(diagnostic.Hint);
        }

        return text.ToString();
    }

    // Tabs are shown as arrows so a tab-indentation error is visible, and the caret is aligned to match.
    private static string Visible(string line) => line.Replace('\t', '→');

    private static string CaretIndent(string line, int column)
    {
        var width = Math.Clamp(column - 1, 0, line.Length);
        return new string(' ', width);
    }
}
