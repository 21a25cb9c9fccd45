using System.Diagnostics;
using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.Browser;

/// <summary>
/// Lighthouse run on one page with its default profile (a mid-range phone on a slow 4G connection, simulated), in
/// Debian's Chromium. The JSON report is kept in test-output/ for review.
/// </summary>
public static class LighthouseReport
{
    public static async Task<JsonDocument> RunAsync(string url, string reportName)
    {
        Directory.CreateDirectory(RepositoryPaths.TestOutput);
        var report = Path.Combine(RepositoryPaths.TestOutput, reportName);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     ExternalTools.Lighthouse, url, "--quiet",
                     "--only-categories=performance,accessibility,best-practices,seo", "--output=json", $"--output-path={report}",
                     "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = ExternalTools.Chromium;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
        return JsonDocument.Parse(await File.ReadAllTextAsync(report));
    }

    /// <summary>Each category's score, from 0 to 1.</summary>
    public static Dictionary<string, double> Scores(JsonDocument report) =>
        report.RootElement.GetProperty("categories").EnumerateObject()
            .ToDictionary(category => category.Name, category => category.Value.GetProperty("score").GetDouble());
}
