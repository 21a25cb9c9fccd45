using System.Diagnostics;
using System.Text.Json;

namespace Generator.Tests.Support;

/// <summary>The W3C Nu HTML Checker (<see cref="ExternalTools.NuHtmlChecker"/>) run over every HTML file of a folder.</summary>
public static class NuHtmlChecker
{
    /// <returns>Each error as "file:line: message"; empty only when every page is valid and the checker said so.</returns>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", ExternalTools.NuHtmlChecker, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        List<string> errors;
        try
        {
            errors = JsonDocument.Parse(await report).RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }
        catch (JsonException)
        {
            errors = [$"the checker did not report in JSON: {await report}"];
        }

        if (process.ExitCode != 0 && errors.Count == 0)
        {
            errors.Add($"the checker exited with {process.ExitCode} and no message");
        }

        return errors;
    }
}
