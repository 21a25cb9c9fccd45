using System.Collections.Concurrent;

namespace Generator.Incremental;

/// <summary>
/// The build cache: what earlier builds rendered, kept in a folder beside the output folder
/// (<c>site/</c> → <c>.site.cache/</c>): an index of every article (what rendering it used and gave, but its HTML), the
/// HTML of each article in a file of its own, the pages written with what each was made from, and a snapshot of the
/// glossary. <c>serve</c> keeps one open for the whole session, and with <paramref name="keepInMemory"/> it also holds
/// the articles' HTML in memory between builds; a single build does not, so a large site's HTML is never all held at
/// once. Deleting the folder is always safe: the next build renders everything.
/// </summary>
public sealed class BuildCache(string folder, bool keepInMemory = false)
{
    private const string ArticlesFolder = "articles";
    private const string ArticleExtension = ".bin";
    private const string ArticlesFile = "articles.bin";
    private const string GlossaryFile = "glossary.bin";
    private const string PagesFile = "pages.bin";
    private const string ParsedFilesFile = "parsed.bin";
    private const string LastBuildFile = "build.bin";
    // The index as the last saved build left it, and the articles this build rendered since.
    private IReadOnlyDictionary<string, ArticleRecord>? _index;
    private readonly ConcurrentDictionary<string, ArticleRecord> _renderedArticles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleProse?> _prose = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, TermSnapshot>? _terms;
    private IReadOnlyDictionary<string, PageRecord>? _pages;
    private ParsedFiles? _parsedFiles;
    private bool _parsedFilesWritten;
    // The files are read on first use, which parallel steps reach at once: each file is read once, not once per thread.
    private object? _loading;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Content files as earlier builds parsed them (read from the cache folder on first use).</summary>
    public ParsedFiles ParsedFiles =>
        LazyInitializer.EnsureInitialized(ref _parsedFiles, ref _loading, () =>
            CacheFormat.ReadParsedFiles(Path.Combine(Folder, ParsedFilesFile), GeneratorVersion.Current) ?? new ParsedFiles());

    /// <summary>Drops what earlier builds parsed, in memory and on disk, so the next build reads every content file.</summary>
    public void ForgetParsedFiles()
    {
        _parsedFiles = new ParsedFiles();
        File.Delete(Path.Combine(Folder, ParsedFilesFile));
    }

    /// <summary>Where a build keeps the site it replaced, for the next build to start from (<see cref="Publishing.StagingFolder"/>).</summary>
    public string StagingFolder => Path.Combine(Folder, "staging");

    /// <summary>Whether the cache holds what it read between builds (<c>serve</c>): then the build keeps articles' text too.</summary>
    public bool KeepsInMemory => keepInMemory;

    /// <summary>Where the cache of an output folder lives: beside it, so it is never published or deployed.</summary>
    public static string FolderFor(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.cache");
    }

    /// <summary>The article as the index has it (without its HTML), or null.</summary>
    public ArticleRecord? Article(string slug) =>
        _renderedArticles.TryGetValue(slug, out var rendered) ? rendered : Index.GetValueOrDefault(slug);

    /// <summary>The HTML of an article the index has, read from its own file; null when that file is missing or damaged.</summary>
    public ArticleProse? Prose(string slug) =>
        keepInMemory
            ? _prose.GetOrAdd(slug, s => CacheFormat.ReadProse(ArticlePath(s), GeneratorVersion.Current))
            : CacheFormat.ReadProse(ArticlePath(slug), GeneratorVersion.Current);

    private IReadOnlyDictionary<string, ArticleRecord> Index =>
        LazyInitializer.EnsureInitialized(ref _index, ref _loading, () =>
            CacheFormat.ReadArticles(Path.Combine(Folder, ArticlesFile), GeneratorVersion.Current) ?? new Dictionary<string, ArticleRecord>());

    /// <summary>The glossary as the last saved build matched it (empty when there is none).</summary>
    public IReadOnlyDictionary<string, TermSnapshot> Terms =>
        LazyInitializer.EnsureInitialized(ref _terms, ref _loading, () =>
            CacheFormat.ReadTerms(Path.Combine(Folder, GlossaryFile), GeneratorVersion.Current) ?? new Dictionary<string, TermSnapshot>());

    /// <summary>The pages the last saved build wrote, by output path (empty when there is none).</summary>
    public IReadOnlyDictionary<string, PageRecord> Pages =>
        LazyInitializer.EnsureInitialized(ref _pages, ref _loading, () =>
            CacheFormat.ReadPages(Path.Combine(Folder, PagesFile), GeneratorVersion.Current) ?? new Dictionary<string, PageRecord>());

    /// <summary>The last successful build's inputs, output and report; null when there is none (or it cannot be read).</summary>
    public LastBuild? LastBuild => CacheFormat.ReadLastBuild(Path.Combine(Folder, LastBuildFile), GeneratorVersion.Current);

    /// <summary>Records a successful build, once its output folder and the rest of the cache are written.</summary>
    public void SaveLastBuild(LastBuild build) => CacheFormat.WriteLastBuild(Path.Combine(Folder, LastBuildFile), GeneratorVersion.Current, build);

    /// <summary>
    /// Stores a rendered article's HTML at once, so a large build does not hold every article's HTML until its end, and
    /// its record for the index the build saves when it succeeds. The HTML is only ever taken again with a record of the
    /// same output fingerprint, so storing it before the build is known to succeed is safe.
    /// </summary>
    public void SaveArticle(string slug, ArticleRecord record, ArticleProse prose)
    {
        CacheFormat.WriteProse(ArticlePath(slug), GeneratorVersion.Current, prose);
        _renderedArticles[slug] = record;
        if (keepInMemory)
        {
            _prose[slug] = prose;
        }
    }

    /// <summary>
    /// Completes a successful build: the pages it wrote and the glossary it matched with; forgets the articles that
    /// no longer exist.
    /// </summary>
    public void Save(IReadOnlySet<string> articles, IReadOnlyDictionary<string, TermSnapshot> terms, IReadOnlyDictionary<string, PageRecord> pages)
    {
        Directory.CreateDirectory(Folder);
        var index = articles.Order(StringComparer.Ordinal).Select(slug => (slug, Record: Article(slug)))
            .Where(pair => pair.Record is not null).ToDictionary(pair => pair.slug, pair => pair.Record!, StringComparer.Ordinal);
        CacheFormat.WriteArticles(Path.Combine(Folder, ArticlesFile), GeneratorVersion.Current, index);
        _index = index;
        _renderedArticles.Clear();
        CacheFormat.WriteTerms(Path.Combine(Folder, GlossaryFile), GeneratorVersion.Current, terms);
        CacheFormat.WritePages(Path.Combine(Folder, PagesFile), GeneratorVersion.Current, pages);
        _terms = terms;
        _pages = pages;
        if (_parsedFiles is { } parsed)
        {
            // serve writes the copy on disk once, for its next start; between its own builds the copy in memory serves,
            // and a file saved since is seen by its moved stamp.
            if (parsed.ChangedSinceLoaded && !(keepInMemory && _parsedFilesWritten))
            {
                _parsedFilesWritten = true;
                CacheFormat.WriteParsedFiles(Path.Combine(Folder, ParsedFilesFile), GeneratorVersion.Current, parsed);
            }

            parsed.StartNextBuild();
        }

        var folder = Path.Combine(Folder, ArticlesFolder);
        Directory.CreateDirectory(folder);
        foreach (var leftover in Directory.EnumerateFiles(folder, "*.tmp"))
        {
            // Left by a build killed while saving.
            File.Delete(leftover);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*" + ArticleExtension))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (!articles.Contains(slug))
            {
                File.Delete(file);
                _prose.TryRemove(slug, out _);
            }
        }
    }

    private string ArticlePath(string slug) => Path.Combine(Folder, ArticlesFolder, slug + ArticleExtension);
}
