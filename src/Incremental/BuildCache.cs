using System.Collections.Concurrent;

namespace Generator.Incremental;

/// <summary>
/// The build cache: what earlier builds rendered, kept in a folder beside the output folder
/// (<c>site/</c> → <c>.site.cache/</c>): an index of every article (what rendering it used and gave, but its HTML), the
/// HTML of each article in a file of its own, the pages written with what each was made from, and a snapshot of the
/// glossary; and what the search index and the "Linked from" lists were. Each of these is a <see cref="RecordFile{T}"/>,
/// so a build writes of them only what it changed, and one open cache reads each once. <c>serve</c> keeps one open for the whole session, and kept in memory (<c>keepInMemory</c>) it also holds
/// the articles' HTML in memory between builds; a single build does not, so a large site's HTML is never all held at
/// once. Deleting the folder is always safe: the next build renders everything.
/// </summary>
public sealed class BuildCache
{
    private const string ArticlesFolder = "articles";
    private const string ArticleExtension = ".bin";
    private const string ArticlesFile = "articles.bin";
    private const string GlossaryFile = "glossary.bin";
    private const string PagesFile = "pages.bin";
    private const string ParsedFilesFile = "parsed.bin";
    private const string LastBuildFile = "build.bin";
    private const string BacklinksFile = "backlinks.bin";
    private const string CheckedFile = "checked.bin";
    private const string DefinitionsFile = "definitions.bin";
    // The index as the last saved build left it, and the articles this build rendered since.
    private readonly RecordFile<ArticleRecord> _index;
    private readonly ConcurrentDictionary<string, ArticleRecord> _renderedArticles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleProse?> _prose = new(StringComparer.Ordinal);
    private readonly RecordFile<TermSnapshot> _terms;
    private readonly RecordFile<PageRecord> _pages;
    private ParsedFiles? _parsedFiles;
    private object? _loading;

    public BuildCache(string folder, bool keepInMemory = false)
    {
        Folder = Path.GetFullPath(folder);
        KeepsInMemory = keepInMemory;
        _index = new(Path.Combine(Folder, ArticlesFile), GeneratorVersion.Current, CacheFormat.WriteArticles, CacheFormat.ReadArticles);
        // The glossary's snapshot is made anew by every build: an unchanged term is one with the same fingerprint and words.
        _terms = new(Path.Combine(Folder, GlossaryFile), GeneratorVersion.Current, CacheFormat.WriteTerms, CacheFormat.ReadTerms,
            (old, now) => old.MatchingFingerprint == now.MatchingFingerprint && old.Words.SequenceEqual(now.Words, StringComparer.Ordinal));
        _pages = new(Path.Combine(Folder, PagesFile), GeneratorVersion.Current, CacheFormat.WritePages, CacheFormat.ReadPages);
        // Every build finds the lists anew: a list is unchanged when it holds the same backlinks.
        Backlinks = new(Path.Combine(Folder, BacklinksFile), GeneratorVersion.Current, CacheFormat.WriteBacklinks, CacheFormat.ReadBacklinks, (old, now) => old.SequenceEqual(now));
        Definitions = new(Path.Combine(Folder, DefinitionsFile), GeneratorVersion.Current, CacheFormat.WriteDefinitions, CacheFormat.ReadDefinitions);
        Search = Generator.Search.SearchCache.Open(Folder);
        LinkCheck = new(Path.Combine(Folder, CheckedFile));
    }

    public string Folder { get; }

    /// <summary>Each article's "Linked from" list as the last build published it (<see cref="StoryLinks.Backlinks"/>).</summary>
    public RecordFile<IReadOnlyList<StoryLinks.Backlink>> Backlinks { get; }

    /// <summary>Each term's long definition as the last build rendered it (<see cref="DefinitionRecord"/>).</summary>
    public RecordFile<DefinitionRecord> Definitions { get; }

    /// <summary>What the last clean site check read (<see cref="Publishing.CleanLinkCheck"/>).</summary>
    public Publishing.CleanLinkCheck LinkCheck { get; }

    /// <summary>What the last build indexed for search (<see cref="Generator.Search.SearchCache"/>).</summary>
    public Generator.Search.SearchCache Search { get; }

    /// <summary>Content files as earlier builds parsed them (read from the cache folder on first use).</summary>
    public ParsedFiles ParsedFiles =>
        LazyInitializer.EnsureInitialized(ref _parsedFiles, ref _loading, () => new ParsedFiles(Path.Combine(Folder, ParsedFilesFile), keepRecords: KeepsInMemory));

    /// <summary>Drops what earlier builds parsed, in memory and on disk, so the next build reads every content file.</summary>
    public void ForgetParsedFiles() => ParsedFiles.Forget();

    /// <summary>Where a build keeps the site it replaced, for the next build to start from (<see cref="Publishing.StagingFolder"/>).</summary>
    public string StagingFolder => Path.Combine(Folder, "staging");

    /// <summary>Whether the cache holds what it read between builds (<c>serve</c>): then the build keeps articles' text too.</summary>
    public bool KeepsInMemory { get; }

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
        KeepsInMemory
            ? _prose.GetOrAdd(slug, s => CacheFormat.ReadProse(ArticlePath(s), GeneratorVersion.Current))
            : CacheFormat.ReadProse(ArticlePath(slug), GeneratorVersion.Current);

    private IReadOnlyDictionary<string, ArticleRecord> Index => _index.Read();

    /// <summary>The glossary as the last saved build matched it (empty when there is none).</summary>
    public IReadOnlyDictionary<string, TermSnapshot> Terms => _terms.Read();

    /// <summary>The pages the last saved build wrote, by output path (empty when there is none).</summary>
    public IReadOnlyDictionary<string, PageRecord> Pages => _pages.Read();

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
        if (KeepsInMemory)
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
        _index.Save(index);
        _renderedArticles.Clear();
        _terms.Save(terms);
        _pages.Save(pages);
        _parsedFiles?.Save();

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
