using System.Text;
using Generator.Diagnostics;

namespace Generator.Fuzz;

/// <summary>
/// Checks what an editor would be shown for a fuzzed file: every diagnostic that names the file points at a line of
/// it and at a column of that line (or just past its end), and prints as the command line prints it.
/// </summary>
public static class LocatedDiagnostics
{
    /// <param name="bytes">
    /// The file as given, even when it is not valid UTF-8 (its lines are still there); lines are counted the way an
    /// editor shows them, after any line ending.
    /// </param>
    public static void CheckWithin(DiagnosticBag diagnostics, string displayPath, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var withoutByteOrderMark = text.StartsWith('\uFEFF') ? text[1..] : text;
        var lines = Content.SourceFileReader.NormaliseLineEndings(withoutByteOrderMark).Split('\n');
        string? SourceLine(string file, int line) => file == displayPath && line >= 1 && line <= lines.Length ? lines[line - 1] : null;

        foreach (var diagnostic in diagnostics.Sorted())
        {
            var location = diagnostic.Location;
            if (location.File == displayPath && location != SourceLocation.WholeFile(displayPath) &&
                (location.Line < 1 || location.Line > lines.Length || location.Column < 1 || location.Column > lines[location.Line - 1].Length + 1))
            {
                throw new DiagnosticOutsideFileException(diagnostic, lines.Length);
            }

            DiagnosticFormatter.Format(diagnostic, SourceLine);
        }
    }
}
