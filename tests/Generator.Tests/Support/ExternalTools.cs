namespace Generator.Tests.Support;

/// <summary>
/// The programs some tests drive, installed by tests/run.sh (Debian's Chromium; the W3C Nu HTML Checker and Lighthouse from npm).
/// A missing tool fails the test with the command that installs it, never skips it silently.
/// </summary>
public static class ExternalTools
{
    public static string Chromium => Require(
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        "Chromium is not installed: run tests/run.sh (it installs Debian's chromium package).");

    public static string NuHtmlChecker => Require(
        Environment.GetEnvironmentVariable("VNU_JAR") ?? Path.Combine(RepositoryPaths.Root, "tests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
        "The Nu HTML Checker is not installed: run tests/run.sh (it installs the vnu-jar npm package into tests/.tools).");

    public static string Lighthouse => Require(
        Environment.GetEnvironmentVariable("LIGHTHOUSE") ?? Path.Combine(RepositoryPaths.Root, "tests", ".tools", "node_modules", "lighthouse", "cli", "index.js"),
        "Lighthouse is not installed: run tests/run.sh (it installs lighthouse@12.2.3 from npm into tests/.tools).");

    private static string Require(string path, string message) =>
        File.Exists(path) ? path : throw new InvalidOperationException(message + " Looked for " + path + ".");
}
