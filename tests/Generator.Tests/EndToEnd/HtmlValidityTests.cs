using System.Diagnostics;
using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>Every page of the seed site is valid HTML according to the W3C Nu HTML Checker.</summary>
[Trait("Category", "Checker")]
public sealed class HtmlValidityTests(SeedSiteFixture seed) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public async Task Every_page_of_the_seed_site_passes_the_Nu_HTML_checker()
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", ExternalTools.NuHtmlChecker, "--errors-only", "--format", "json", "--skip-non-html", seed.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var messages = JsonDocument.Parse(await report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, "The Nu HTML Checker reported:\n" + string.Join("\n", messages));
        Assert.Equal(0, process.ExitCode);
        Assert.True(seed.HtmlFiles().Count() >= 20);
        // The search page's form and its results list, which search.js fills, are checked with the rest.
        Assert.Contains(seed.HtmlFiles(), file => file.Replace('\\', '/').EndsWith("/search/index.html", StringComparison.Ordinal));
    }
}
