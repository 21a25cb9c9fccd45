using System.Text.RegularExpressions;

namespace Generator.Tests.BadInput;

/// <summary>One diagnostic as the command line prints it: <c>location: severity: message</c>, the source line, the hint.</summary>
public sealed partial record PrintedDiagnostic(string Location, string Severity, string Message, string? Hint, string FirstLine)
{
    [GeneratedRegex(@"^(?<location>\S.*?): (?<severity>error|warning): (?<message>.*)$")]
    private static partial Regex FirstLinePattern();

    /// <summary>Splits the error stream into diagnostics; lines that belong to none (the summary) are left out.</summary>
    public static IReadOnlyList<PrintedDiagnostic> Parse(string errorStream)
    {
        var diagnostics = new List<PrintedDiagnostic>();
        foreach (var line in errorStream.Split('\n'))
        {
            if (FirstLinePattern().Match(line) is { Success: true } first)
            {
                diagnostics.Add(new PrintedDiagnostic(first.Groups["location"].Value, first.Groups["severity"].Value, first.Groups["message"].Value, null, line));
            }
            else if (line.StartsWith("  hint: ", StringComparison.Ordinal) && diagnostics.Count > 0)
            {
                diagnostics[^1] = diagnostics[^1] with { Hint = line["  hint: ".Length..] };
            }
        }

        return diagnostics;
    }
}
