using Generator.Corpus;
using Generator.Listings;
using Generator.Tests.Support;

namespace Generator.Tests.Listings;

/// <summary>
/// No page a reader downloads grows with the archive: on a generated corpus with more articles than a page of the
/// front page shows and more terms than a page of the glossary holds, every page is under 200 KB, and the pages that
/// list the site are split (the front page alone would be about 300 KB, the glossary about as much).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ListingSizeTests : IDisposable
{
    private const int Limit = 200 * 1024;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generator-tests", "sizes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void No_page_of_a_generated_archive_is_over_200_kilobytes()
    {
        var input = Path.Combine(_root, "input");
        var output = Path.Combine(_root, "site");
        CorpusWriter.Write(new CorpusOptions(Articles: 300, SectionsPerArticle: 3, Terms: 250), input);

        var build = GeneratorProcess.Run(_root, "--input", input, "--output", output, "--theme", RepositoryPaths.Theme, "--no-cache");

        Assert.True(build.ExitCode == 0, build.Output);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(output, file), Size: new FileInfo(file).Length))
            .ToList();
        var over = pages.Where(page => page.Size > Limit).Select(page => $"{page.File}: {page.Size / 1024} KB").ToList();
        Assert.True(over.Count == 0, "Pages over 200 KB:\n" + string.Join("\n", over));
        Assert.True(File.Exists(Path.Combine(output, "page", "2", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "glossary", "page", "2", "index.html")));
        Assert.True(pages.Count > 300 / Paginator.DefaultPerPage + 250 / GlossaryPages.TermsPerPage);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
