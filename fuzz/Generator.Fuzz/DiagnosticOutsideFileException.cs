using Generator.Diagnostics;

namespace Generator.Fuzz;

/// <summary>A diagnostic whose line or column is not in the file it names: the editor would be sent to the wrong place.</summary>
public sealed class DiagnosticOutsideFileException(Diagnostic diagnostic, int lineCount)
    : Exception($"'{diagnostic.Message}' is reported at {diagnostic.Location}, outside the file's {lineCount} lines or past the end of its line");
