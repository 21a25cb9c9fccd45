using System.Collections.Concurrent;
using Generator.Content;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Rendering;

namespace Generator.Search;

/// <summary>
/// The search step. The articles are numbered before any is rendered (by date, then slug); each is read for the index
/// as soon as it is rendered (<see cref="Add"/>, on the thread that rendered it, while its files are still held),
/// unless the search cache has it as this build would read it; once the glossary is rendered, <see cref="Files"/>
/// writes the whole index. Every file of the index is made anew from what was read, so an incremental build gives the
/// same bytes as a clean one; writing the site then keeps each file whose bytes did not change as it was (same file,
/// same time), so an edit replaces only the shards whose words it touched, the article's text file and the manifest.
/// </summary>
public sealed class BuildSearchIndex
{
    private readonly ReadSearchPages _reader;
    private readonly Dictionary<string, int> _numbers;
    private readonly IndexedArticle?[] _indexed;
    private readonly ConcurrentDictionary<string, SearchCache.Entry> _entries = new(StringComparer.Ordinal);
    private readonly SearchCache? _cache;
    private readonly string _outputFolder;
    private readonly string _readingKey;

    /// <param name="cacheFolder">The build cache's folder, where the search cache is kept; null builds without one.</param>
    public BuildSearchIndex(GlossaryIndex glossary, SiteSettings site, IReadOnlyList<Article> articles, string outputFolder, string? cacheFolder)
    {
        _reader = new ReadSearchPages(glossary, site.AllowRawHtml);
        _numbers = articles.Select(article => (Key: ReadSearchPages.OrderOf(article), article.Slug))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select((pair, number) => (pair.Slug, number))
            .ToDictionary(pair => pair.Slug, pair => pair.number, StringComparer.Ordinal);
        _indexed = new IndexedArticle?[articles.Count];
        // Full once: a relative path would make every article's check ask the system for the working directory.
        _outputFolder = Path.GetFullPath(outputFolder);
        _cache = cacheFolder is null ? null : SearchCache.Open(cacheFolder);
        // What reading an article depends on besides its files: every term's names (a mention indexes them all) and
        // whether raw HTML is Markdown's.
        var reading = new Fingerprint().Add(site.AllowRawHtml ? 1 : 0);
        foreach (var term in glossary.Terms)
        {
            reading.Add(term.Slug).Add(term.CaseSensitive ? 1 : 0);
            foreach (var form in term.Forms)
            {
                reading.Add(form);
            }
        }

        _readingKey = reading.Finish();
    }

    /// <summary>Reads an article for the index, or takes it from the search cache; safe to call from parallel steps.</summary>
    public void Add(RenderedArticle rendered)
    {
        var article = rendered.Article;
        var number = _numbers[article.Slug];
        var key = KeyOf(article);
        if (_cache?.Find(article.Slug) is { } entry && entry.Key == key && entry.Number == number && HoldsText(number, entry.TextLength))
        {
            _indexed[number] = new IndexedArticle(entry.Scores, Text: null);
            _entries[article.Slug] = entry;
            return;
        }

        var page = _reader.Article(rendered);
        var scores = page.Parts.Select(part => part.Scores).ToList();
        var text = SearchIndexFiles.ArticleText(page);
        _indexed[number] = new IndexedArticle(scores, text);
        _entries[article.Slug] = new SearchCache.Entry(key, number, text.Length, scores);
    }

    /// <summary>The index's files, as pages to write: the articles read and the glossary's terms.</summary>
    public IReadOnlyList<Page> Files(IReadOnlyList<RenderedTerm> terms)
    {
        var termPages = terms.AsParallel().AsOrdered().Select(term => _reader.Term(term.Term)).ToList();
        var articles = _indexed.Select(article => article ?? throw new InvalidOperationException("an article was not read for the search index")).ToList();
        return SearchIndexFiles.WriteNumbered(articles, termPages)
            .Select(file => file.Bytes is { } bytes
                ? new Page(file.Path, bytes, InputFolder.ArticlesFolder)
                : new Page(file.Path, "", InputFolder.ArticlesFolder) { IsReused = true })
            .ToList();
    }

    /// <summary>Keeps what this build indexed for the next one; after the site is written.</summary>
    public void SaveCache() => _cache?.Save(_entries);

    private bool HoldsText(int number, long length)
    {
        var file = new FileInfo(Path.Combine(_outputFolder, SearchIndexFiles.ArticleTextPath(number)));
        return file.Exists && file.Length == length;
    }

    private string KeyOf(Article article)
    {
        var fingerprint = new Fingerprint().Add(_readingKey).Add(article.Slug);
        foreach (var file in article.Files())
        {
            // The fingerprint, not the text: a file the build cache knows unchanged is not read at all.
            fingerprint.Add(file.DisplayPath).Add(file.Fingerprint);
        }

        return fingerprint.Finish();
    }
}
