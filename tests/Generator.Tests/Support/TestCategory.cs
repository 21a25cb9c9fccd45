namespace Generator.Tests.Support;

/// <summary>
/// The categories a test class declares with <c>[Trait("Category", "…")]</c>, one per class, so a developer can run
/// the fast part of the suite (<c>dotnet test tests/Generator.Tests --filter "Category=Unit|Category=EndToEnd"</c>)
/// and CI runs everything. A category says what a test needs and what it costs; a class whose tests differ in that is
/// split in two. <see cref="TestCategoryTests"/> fails when a class has no category, an unknown one, or one on a method.
/// </summary>
public static class TestCategory
{
    /// <summary>The trait's name, as written in <c>--filter "Category=…"</c>.</summary>
    public const string Trait = "Category";

    /// <summary>One class or step, in memory or on a few small files: milliseconds a test.</summary>
    public const string Unit = "Unit";

    /// <summary>Builds whole sites with the real pipeline and runs the command line, in this process: a tenth of a second to a second a test.</summary>
    public const string EndToEnd = "EndToEnd";

    /// <summary>
    /// Starts the generator's executable: what only a process shows (exit codes as a shell sees them, paths relative to
    /// its working folder, the time zone and culture of its environment, a preview stopped by a signal). A process
    /// costs about a second of processor time to start, so the inner loop runs the same commands in its own process.
    /// </summary>
    public const string Executable = "Executable";

    /// <summary>
    /// The bad-input catalogue (docs/bad-inputs.md): per case, a site built, broken and built again, checked line by line;
    /// about half the processor time of the end-to-end tests, so it runs in the complete run, not the inner loop.
    /// </summary>
    public const string Catalogue = "Catalogue";

    /// <summary>In this process and needing no tool, but too long for the inner loop: many generated sites, thousands of generated cases.</summary>
    public const string Slow = "Slow";

    /// <summary>Drives Debian's Chromium (CHROMIUM_PATH) through Playwright: axe-core, Lighthouse, the reader's interactions.</summary>
    public const string Browser = "Browser";

    /// <summary>Runs the W3C Nu HTML Checker (VNU_JAR) with Java over built pages.</summary>
    public const string Checker = "Checker";

    /// <summary>Publishes the Native AOT binary (clang, zlib) and compares it with the JIT build: minutes.</summary>
    public const string NativeAot = "NativeAot";

    public static IReadOnlyList<string> All { get; } = [Unit, EndToEnd, Executable, Catalogue, Slow, Browser, Checker, NativeAot];
}
