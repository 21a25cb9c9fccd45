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
    public static GeneratorProcess.Outcome Run(string siteFolder, params string[] arguments) =>
        RunCommand(siteFolder,
            ["--input", Path.Combine(siteFolder, "input"), "--output", Path.Combine(siteFolder, "site"),
             "--headers", Path.Combine(siteFolder, "netlify.toml"), .. arguments]);

    /// <summary>
    /// Runs <c>generator</c> with <paramref name="arguments"/> as they are, for commands whose folders are named
    /// otherwise (<c>check</c>, <c>new</c>, <c>theme eject</c>…): each path in them must be absolute, under
    /// <paramref name="siteFolder"/> for what is printed to read as it does when the executable runs there.
    /// </summary>
    public static GeneratorProcess.Outcome RunCommand(string siteFolder, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = EntryPoint.Run(arguments, output, error);
        return Outcome(siteFolder, exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs <c>generator serve</c> with <paramref name="arguments"/> (absolute paths, as <see cref="RunCommand"/>
    /// takes them) until it says it is serving, hands <paramref name="visit"/> what it printed so far, then stops it as
    /// Ctrl+C does.
    /// </summary>
    public static async Task<T> Serve<T>(string siteFolder, string[] arguments, Func<string, Task<T>> visit)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var synchronisedOutput = TextWriter.Synchronized(output);
        // The synchronised writer locks itself while it writes, so reading under the same lock sees whole lines.
        string Printed()
        {
            lock (synchronisedOutput)
            {
                return output.ToString();
            }
        }

        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => EntryPoint.RunAsync(["serve", .. arguments], synchronisedOutput, TextWriter.Synchronized(error), stop.Token));
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!Printed().Contains("Serving ", StringComparison.Ordinal))
            {
                Assert.False(serving.IsCompleted, "serve ended before serving:\n" + output + error);
                await Task.Delay(20, timeout.Token);
            }

            return await visit(Outcome(siteFolder, 0, Printed(), "").Output);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await serving);
        }
    }

    private static GeneratorProcess.Outcome Outcome(string siteFolder, int exitCode, string output, string error)
    {
        var prefix = Path.TrimEndingDirectorySeparator(siteFolder).Replace('\\', '/') + "/";
        return new GeneratorProcess.Outcome(
            exitCode, output.Replace(prefix, "", StringComparison.Ordinal), error.Replace(prefix, "", StringComparison.Ordinal));
    }
}
