namespace Generator.Corpus;

/// <summary>
/// Writes a complete input folder — site.yml, articles with their sections, the glossary, photos — that the generator
/// builds without an error or a warning, even with <c>--strict</c>. The same options always write the same bytes.
/// </summary>
public static class CorpusWriter
{
    /// <returns>The glossary that was written, for callers that check what the generator did with it.</returns>
    /// <exception cref="ArgumentException">The options cannot make a corpus, or the folder is not empty.</exception>
    public static IReadOnlyList<CorpusTerm> Write(CorpusOptions options, string inputFolder)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        // Never mix a corpus with files of another, or write into someone's content.
        if (Directory.Exists(inputFolder) && Directory.EnumerateFileSystemEntries(inputFolder).Any())
        {
            throw new ArgumentException($"{inputFolder} is not empty; the corpus is written into a new or empty folder.", nameof(inputFolder));
        }

        var terms = GlossaryComposer.Compose(options.Terms, options.Seed);
        var articles = CorpusPlanner.Plan(options, terms.Take(options.ProseTermCount).ToList());
        Directory.CreateDirectory(Path.Combine(inputFolder, "glossary"));
        File.WriteAllText(Path.Combine(inputFolder, "site.yml"), SiteFile.Compose(options));
        PhotoFiles.Write(inputFolder);
        PhotoFiles.WriteRaster(inputFolder, options.Photos);
        Parallel.ForEach(terms, term => File.WriteAllText(Path.Combine(inputFolder, "glossary", term.Slug + ".md"), GlossaryFile.Compose(term)));

        var sections = new SectionComposer(options.Seed, articles, options.Photos);
        Parallel.ForEach(articles, article =>
        {
            var folder = Path.Combine(inputFolder, "articles", article.Slug);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.md"), ArticleComposer.Compose(article, options.Seed));
            foreach (var section in article.Sections)
            {
                File.WriteAllText(Path.Combine(folder, section.FileName(options.SectionsPerArticle)), sections.Compose(article, section));
            }
        });

        return terms;
    }
}
