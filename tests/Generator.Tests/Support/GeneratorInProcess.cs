using Generator.Cli;

namespace Generator.Tests.Support;

/// <summary>
/// Runs the generator's command line in the test process (<see cref="EntryPoint"/>, what the executable runs), on a site
/// folder, and captures what it prints — without the second or so a new process takes to start. The working directory
/// belongs to the whole test process, so the folder is passed as absolute paths and taken off the front of every path
/// the generator prints: the text is what the executable prints when run in the folder. <see cref="GeneratorProcess"/>
/// runs the real executable, for the tests of the process itself (exit codes seen by a shell, relative paths, signals).
/// </summary>
public static class GeneratorInProcess
{
    /// <summary>
    /// Runs <c>generator --input FOLDER/input --output FOLDER/site --headers FOLDER/netlify.toml</c> (the defaults, in
    /// the folder) followed by <paramref name="arguments"/>.
    /// </summary>
    public static GeneratorProcess.Outcome Run(string siteFolder, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = EntryPoint.Run(
            [
                "--input", Path.Combine(siteFolder, "input"), "--output", Path.Combine(siteFolder, "site"),
                "--headers", Path.Combine(siteFolder, "netlify.toml"), .. arguments,
            ], output, error);

        var prefix = Path.TrimEndingDirectorySeparator(siteFolder).Replace('\\', '/') + "/";
        return new GeneratorProcess.Outcome(
            exitCode, output.ToString().Replace(prefix, "", StringComparison.Ordinal), error.ToString().Replace(prefix, "", StringComparison.Ordinal));
    }
}
