using System.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.EndToEnd;

/// <summary>The same input gives the same bytes, whatever the time zone, culture or working directory.</summary>
[Trait("Category", "Executable")]
public sealed class ReproducibilityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "repro-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyDictionary<string, string> Build(string name, string workingDirectory, params (string Name, string Value)[] environment) =>
        Build(RepositoryPaths.SeedInput, name, workingDirectory, environment);

    private IReadOnlyDictionary<string, string> Build(string input, string name, string workingDirectory, params (string Name, string Value)[] environment)
    {
        var output = Path.Combine(_root, name);
        // Every input is named, the headers file too: only the working directory, the time zone and the culture differ.
        var start = GeneratorProcess.StartInfo(workingDirectory, "--input", input, "--output", output, "--theme", RepositoryPaths.Theme,
            "--headers", Path.Combine(RepositoryPaths.Root, "netlify.toml"));
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return FolderSnapshot.Take(output).ToDictionary(kv => kv.Key, kv => kv.Value.Split('@')[0]);
    }

    [Fact]
    public void Builds_are_byte_identical_across_time_zones_cultures_and_working_directories()
    {
        Directory.CreateDirectory(_root);
        var first = Build("a", RepositoryPaths.Root, ("TZ", "UTC"), ("LANG", "C.UTF-8"), ("LC_ALL", "C.UTF-8"));
        var second = Build("b", Path.GetTempPath(), ("TZ", "Pacific/Kiritimati"), ("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"), ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "0"));

        Assert.Equal(first, second);
        Assert.True(first.Count > 20);
    }

    [Fact]
    public void Times_shown_in_the_sites_time_zone_do_not_depend_on_the_machines()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.MinimalSite + "timezone: America/New_York\n");
        site.Write("articles/story/index.md", "---\ntitle: A test story\ndate: 2022-02-14T23:30:00+02:00\nupdated: 2022-07-01\ncorrections:\n  - at: 2022-03-13T07:30:00Z\n    text: Fixed.\n---\n");
        Directory.CreateDirectory(_root);

        var first = Build(site.Input, "a", RepositoryPaths.Root, ("TZ", "UTC"));
        var second = Build(site.Input, "b", RepositoryPaths.Root, ("TZ", "Asia/Kolkata"));

        Assert.Equal(first, second);
        var page = File.ReadAllText(Path.Combine(_root, "a", "story", "index.html"));
        Assert.Contains("February 14, 2022, 16:30 EST", page);
        Assert.Contains("March 13, 2022, 03:30 EDT", page);
    }
}
