using System.Text;
using Generator.Tests.Support;

namespace Generator.Tests.BadInput;

/// <summary>
/// What every case of the catalogue must show, checked on the command line (in this process for most cases, through the
/// real executable for those <see cref="RunsTheExecutable"/> picks): a site builds, the editor makes the mistake, and the
/// next build exits with 1, prints each expected error with its file, line, column and hint (and no
/// other error), shows no stack trace, and leaves the previous site byte for byte as it was.
/// What each run printed is kept in test-output/bad-inputs/ for docs/bad-inputs.md and for reviewers.
/// </summary>
public static class BadInputCheck
{
    public static string OutputFolder => Path.Combine(RepositoryPaths.TestOutput, "bad-inputs");

    public static void FailsCleanly(BadInputCase badInput)
    {
        using var site = new TestSite();
        var theme = PrepareTheme(site, badInput);
        site.BuildSuccessfully(theme: theme);
        var before = FolderSnapshot.Take(site.Output);

        foreach (var change in badInput.Changes)
        {
            change.ApplyTo(site.Root);
        }

        var (exitCode, output, error, measurement) = Run(site, badInput);
        Keep(badInput, error);
        var printed = PrintedDiagnostic.Parse(error);
        var errors = printed.Where(d => d.Severity == "error").ToList();
        var problems = new List<string>();

        if (measurement is not null)
        {
            problems.Add(measurement);
        }

        if (exitCode != 1)
        {
            problems.Add($"the exit code is {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing (killed)"}, not 1");
        }

        foreach (var expected in badInput.Expected.Where(expected => !errors.Any(expected.Matches)))
        {
            problems.Add($"no error {expected}");
        }

        if (badInput.OnlyTheExpectedErrors && errors.Count != badInput.Expected.Count)
        {
            problems.Add($"{errors.Count} errors were printed, not {badInput.Expected.Count}");
        }

        if (errors.Any(d => d.Hint is null))
        {
            problems.Add("an error has no hint");
        }

        if (error.Contains("   at ", StringComparison.Ordinal) || (error + output).Contains("Exception", StringComparison.Ordinal) ||
            error.Contains("internal error", StringComparison.Ordinal))
        {
            problems.Add("the generator crashed or printed a stack trace");
        }

        if (output.Contains("Built ", StringComparison.Ordinal))
        {
            problems.Add("the generator says it built the site");
        }

        if (!SnapshotEquals(before, FolderSnapshot.Take(site.Output)))
        {
            problems.Add("the previous site/ was changed");
        }

        if (Directory.EnumerateDirectories(site.Root, ".site.staging-*").Any())
        {
            problems.Add("a staging folder was left behind");
        }

        Report(badInput, problems, output, error);
    }

    /// <summary>For inputs that are suspicious but valid: the site is built (exit code 0) and the warning is located.</summary>
    public static void BuildsWithWarning(BadInputCase badInput)
    {
        using var site = new TestSite();
        var theme = PrepareTheme(site, badInput);
        site.BuildSuccessfully(theme: theme);
        foreach (var change in badInput.Changes)
        {
            change.ApplyTo(site.Root);
        }

        var (exitCode, output, error, _) = Run(site, badInput);
        Keep(badInput, error);
        var warnings = PrintedDiagnostic.Parse(error).Where(d => d.Severity == "warning").ToList();
        var problems = new List<string>();
        if (exitCode != 0 || !output.Contains("Built ", StringComparison.Ordinal))
        {
            problems.Add($"the site was not built (exit code {exitCode})");
        }

        foreach (var expected in badInput.Expected.Where(expected => !warnings.Any(expected.Matches)))
        {
            problems.Add($"no warning {expected}");
        }

        Report(badInput, problems, output, error);
    }

    private static string PrepareTheme(TestSite site, BadInputCase badInput)
    {
        if (!badInput.UsesCopyOfTheme)
        {
            return RepositoryPaths.Theme;
        }

        return site.CopyTheme();
    }

    /// <summary>
    /// The cases that run the real executable: those whose time and memory are measured (a process of their own), and
    /// the first case of each category, to keep what only a process shows (paths relative to the folder it runs in, the
    /// exit code a shell sees) checked for every kind of mistake. The others run the same command line in this process.
    /// </summary>
    public static bool RunsTheExecutable(BadInputCase badInput) =>
        badInput.TimeLimit is not null || ReferenceEquals(BadInputCatalogue.All.First(c => c.Category == badInput.Category), badInput);

    private static (int? ExitCode, string Output, string Error, string? Measurement) Run(TestSite site, BadInputCase badInput)
    {
        // A copied theme is passed as the editor would, relative to the site's folder, so messages name theme/layouts/….
        var theme = badInput.UsesCopyOfTheme ? "theme" : RepositoryPaths.Theme;
        if (badInput.TimeLimit is { } time && badInput.MemoryLimitBytes is { } memory)
        {
            var measured = MeasuredGeneratorProcess.Run(site.Root, time, memory, "--theme", theme);
            var verdict = measured.KilledBecause is { } reason ? $"the build was stopped because {reason}" : null;
            return (measured.ExitCode, measured.Output, measured.Error, verdict);
        }

        var outcome = RunsTheExecutable(badInput)
            ? GeneratorProcess.Run(site.Root, "--theme", theme)
            : GeneratorInProcess.Run(site.Root, "--theme", Path.Combine(site.Root, theme));
        return (outcome.ExitCode, outcome.Output, outcome.Error, null);
    }

    private static bool SnapshotEquals(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Count == after.Count && before.All(entry => after.TryGetValue(entry.Key, out var hash) && hash == entry.Value);

    private static void Keep(BadInputCase badInput, string error)
    {
        Directory.CreateDirectory(OutputFolder);
        File.WriteAllText(Path.Combine(OutputFolder, badInput.Name + ".txt"), Shorten(error));
    }

    private static void Report(BadInputCase badInput, List<string> problems, string output, string error)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine($"{badInput.Name} ({badInput.Mistake}):")
            .AppendLine(string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
            .AppendLine("The generator printed:")
            .AppendLine(Shorten(output + error));
        Assert.Fail(report.ToString());
    }

    /// <summary>Some cases print megabytes (a huge key echoed back); the failure message keeps the start of it.</summary>
    private static string Shorten(string text) => text.Length <= 4000 ? text : text[..4000] + $"… ({text.Length} characters in all)";
}
