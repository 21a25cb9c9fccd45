using System.Diagnostics;
using Generator.Cli;
using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Tool;

/// <summary>
/// The generator as a newsroom installs it: <c>dotnet pack</c>, <c>dotnet tool install</c> from the package folder
/// alone (no other feed, so nothing is downloaded), then the installed command starts a site, builds it, takes a
/// layout override and an ejected file, and builds again.
/// </summary>
[Trait("Category", "Slow")]
[Collection(ToolPackCollection.Name)]
public sealed class DotnetToolTests : IDisposable
{
    private static readonly TimeSpan CommandTimeLimit = TimeSpan.FromMinutes(10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "dotnet-tool-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_packed_tool_installs_offline_and_inits_builds_overrides_and_ejects_a_site()
    {
        var project = Path.Combine(_root, "project");
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        ProjectCopy.Make(project);
        Run(project, "dotnet", "pack", "Generator.csproj", "-c", "Release", "-o", packages, "-nologo", "--disable-build-servers");
        // Only the package folder as a source: the install must not need any registry.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        Run(_root, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, ToolPackage.Id);
        var tool = Path.Combine(tools, ToolPackage.Command);

        Run(_root, tool, "init", "city-desk");
        var site = Path.Combine(_root, "city-desk");
        var first = Run(site, tool, "--strict");
        Assert.Contains("Built ", first.Output, StringComparison.Ordinal);

        var layout = Path.Combine(site, "theme", "layouts", "term.liquid");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        File.WriteAllText(layout, System.Text.Encoding.UTF8.GetString(BuiltInTheme.Read("layouts/term.liquid")).Replace("<h1", "<h1 data-desk=\"city\"", StringComparison.Ordinal));
        Run(site, tool, "--strict");
        Assert.Contains("data-desk=\"city\"", File.ReadAllText(Path.Combine(site, "site", "glossary", "lede", "index.html")), StringComparison.Ordinal);

        var eject = Run(site, tool, "theme", "eject", "site.css");
        Assert.Contains("Created theme/assets/site.css", eject.Output, StringComparison.Ordinal);
        File.AppendAllText(Path.Combine(site, "theme", "assets", "site.css"), "\n.dek { font-style: italic; }\n");
        Run(site, tool, "--strict");
        var stylesheet = Assert.Single(Directory.EnumerateFiles(Path.Combine(site, "site", "theme"), "site.*.css"));
        Assert.EndsWith(".dek { font-style: italic; }\n", File.ReadAllText(stylesheet), StringComparison.Ordinal);
    }

    private static GeneratorProcess.Outcome Run(string workingDirectory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not finish within {CommandTimeLimit.TotalMinutes} minutes.");
        }

        var outcome = new GeneratorProcess.Outcome(process.ExitCode, output.Result, error.Result);
        Assert.True(outcome.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        return outcome;
    }
}
