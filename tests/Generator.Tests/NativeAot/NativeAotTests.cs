using Generator.Corpus;
using Generator.Tests.Support;

namespace Generator.Tests.NativeAot;

/// <summary>
/// The native binary production runs writes exactly the site the JIT build (<c>dotnet generator.dll</c>, as
/// <c>dotnet run</c> runs it) writes, byte for byte, and reports the same errors.
/// </summary>
[Collection(NativeAotCollection.Name)]
[Trait("Category", "NativeAot")]
public sealed class NativeAotTests : IDisposable
{
    private readonly NativeBinary _native;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "aot-compare-" + Guid.NewGuid().ToString("N"));

    public NativeAotTests(NativeBinary native)
    {
        _native = native;
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_native_binary_builds_the_seed_site_byte_for_byte_like_the_jit_build()
    {
        AssertSameSite(RepositoryPaths.SeedInput, "--strict");
    }

    [Fact]
    public void The_native_binary_builds_a_generated_corpus_byte_for_byte_like_the_jit_build()
    {
        var input = Path.Combine(_root, "corpus");
        CorpusWriter.Write(new CorpusOptions(Articles: 10, SectionsPerArticle: 5, Terms: 50), input);

        // Under a base path, so the rebasing of every link runs too.
        AssertSameSite(input, "--strict", "--base-url", "https://example.org/news/");
    }

    [Fact]
    public void The_native_binary_resizes_photos_and_draws_social_cards_byte_for_byte_like_the_jit_build()
    {
        // Three of the six articles show a JPEG photo, which is resized and encoded as WebP and JPEG; the other three,
        // the front page and the term pages get a card drawn with the bundled font: every encoder the build uses.
        var input = Path.Combine(_root, "photos");
        CorpusWriter.Write(new CorpusOptions(Articles: 6, SectionsPerArticle: 2, Terms: 12, Photos: 3), input);

        var images = AssertSameSite(input, "--strict");

        Assert.Contains(images, file => file.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Contains(images, file => file.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Contains(images, file => file.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void The_native_binary_reports_content_errors_like_the_jit_build()
    {
        using var site = new TestSite()
            .Write("articles/story/02-second.md", "---\ntitel: Second\n---\nText.\n")
            .Write("glossary/unused.md", "---\nterm: Tarvik\nshort: A place nobody mentions.\n---\n");
        string[] arguments = ["--input", site.Input, "--output", site.Output, "--theme", RepositoryPaths.Theme, "--strict"];

        var jit = GeneratorProcess.Run(site.Root, arguments);
        var aot = _native.Run(site.Root, arguments);

        Assert.Equal(1, jit.ExitCode);
        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Contains("unknown key 'titel'", jit.Error, StringComparison.Ordinal);
        Assert.Equal(jit.Error, aot.Error);
    }

    /// <returns>The site's files under images/ (resized photos and social cards).</returns>
    private List<string> AssertSameSite(string input, params string[] options)
    {
        var jitSite = Path.Combine(_root, "jit", "site");
        var aotSite = Path.Combine(_root, "aot", "site");
        var jit = GeneratorProcess.Run(_root, [.. Arguments(input, jitSite), .. options]);
        var aot = _native.Run(_root, [.. Arguments(input, aotSite), .. options]);

        Assert.True(jit.ExitCode == 0, "The JIT build failed:\n" + jit.Error);
        Assert.True(aot.ExitCode == 0, "The native build failed:\n" + aot.Error);
        Assert.Equal(jit.Error, aot.Error);
        var jitFiles = Files(jitSite);
        Assert.Equal(jitFiles, Files(aotSite));
        Assert.All(jitFiles, file => Assert.True(
            File.ReadAllBytes(Path.Combine(jitSite, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(aotSite, file))),
            $"{file} differs between the JIT and the native build."));
        return jitFiles.Where(file => file.StartsWith("images" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
    }

    private static string[] Arguments(string input, string output) => ["--input", input, "--output", output, "--theme", RepositoryPaths.Theme];

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path)).Order(StringComparer.Ordinal).ToList();
}
