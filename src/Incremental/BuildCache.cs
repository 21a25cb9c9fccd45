using System.Collections.Concurrent;

namespace Generator.Incremental;

/// <summary>
/// The build cache: what earlier builds rendered, kept in a folder beside the output folder
/// (<c>site/</c> → <c>.site.cache/</c>), one file per article plus a snapshot of the glossary. <c>serve</c> keeps one
/// open for the whole session, and with <paramref name="keepInMemory"/> it also holds the records in memory between
/// builds; a single build does not, so a large site's articles are not all held at once. Deleting the folder is always
/// safe: the next build renders everything.
/// </summary>
public sealed class BuildCache(string folder, bool keepInMemory = false)
{
    private const string ArticlesFolder = "articles";
    private const string ArticleExtension = ".bin";
    private const string GlossaryFile = "glossary.bin";
    private const string PagesFile = "pages.bin";
    private readonly ConcurrentDictionary<string, ArticleRecord?> _articles = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, TermSnapshot>? _terms;
    private IReadOnlyDictionary<string, PageRecord>? _pages;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Content files parsed by this process's earlier builds; only a cache kept in memory (<c>serve</c>) has them.</summary>
    public ParsedFiles? ParsedFiles { get; } = keepInMemory ? new() : null;

    /// <summary>Where the cache of an output folder lives: beside it, so it is never published or deployed.</summary>
    public static string FolderFor(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.cache");
    }

    public ArticleRecord? Article(string slug) =>
        keepInMemory
            ? _articles.GetOrAdd(slug, s => CacheFormat.ReadArticle(ArticlePath(s), GeneratorVersion.Current))
            : CacheFormat.ReadArticle(ArticlePath(slug), GeneratorVersion.Current);

    /// <summary>The glossary as the last saved build matched it (empty when there is none).</summary>
    public IReadOnlyDictionary<string, TermSnapshot> Terms =>
        _terms ??= CacheFormat.ReadTerms(Path.Combine(Folder, GlossaryFile), GeneratorVersion.Current) ?? new Dictionary<string, TermSnapshot>();

    /// <summary>The pages the last saved build wrote, by output path (empty when there is none).</summary>
    public IReadOnlyDictionary<string, PageRecord> Pages =>
        _pages ??= CacheFormat.ReadPages(Path.Combine(Folder, PagesFile), GeneratorVersion.Current) ?? new Dictionary<string, PageRecord>();

    /// <summary>
    /// Stores a rendered article at once, so a large build does not hold every article's HTML until its end. It is only
    /// ever taken again under the same key, so storing it before the build is known to succeed is safe.
    /// </summary>
    public void SaveArticle(string slug, ArticleRecord record)
    {
        CacheFormat.WriteArticle(ArticlePath(slug), GeneratorVersion.Current, record);
        if (keepInMemory)
        {
            _articles[slug] = record;
        }
    }

    /// <summary>
    /// Completes a successful build: the pages it wrote and the glossary it matched with; forgets the articles that
    /// no longer exist.
    /// </summary>
    public void Save(IReadOnlySet<string> articles, IReadOnlyDictionary<string, TermSnapshot> terms, IReadOnlyDictionary<string, PageRecord> pages)
    {
        Directory.CreateDirectory(Folder);
        CacheFormat.WriteTerms(Path.Combine(Folder, GlossaryFile), GeneratorVersion.Current, terms);
        CacheFormat.WritePages(Path.Combine(Folder, PagesFile), GeneratorVersion.Current, pages);
        _terms = terms;
        _pages = pages;

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
                _articles.TryRemove(slug, out _);
            }
        }
    }

    private string ArticlePath(string slug) => Path.Combine(Folder, ArticlesFolder, slug + ArticleExtension);
}
