using System.Collections.Concurrent;
using Generator.Content;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Pipeline;
using Generator.Rendering;

namespace Generator.Search;

/// <summary>
/// The search step. The articles are numbered before any is rendered (by date, then slug); each is read for the index
/// as soon as it is rendered (<see cref="Add"/>, on the thread that rendered it, while its files are still held),
/// unless the search cache has it as this build would read it, under the same number; its text file and its heads file
/// are written then (<see cref="TextFiles"/>). Once the glossary is rendered, <see cref="Files"/> changes the last build's index
/// (<see cref="SearchIndexFiles.Update"/>): the postings of every article not kept go, those of the articles read come
/// in, and only the shards and summaries of the words whose postings changed are written, with the manifest. A clean
/// build is the same update from an empty index, so both give the same bytes.
/// </summary>
public sealed class BuildSearchIndex
{
    private readonly ReadSearchPages _reader;
    private readonly Dictionary<string, int> _numbers;
    // By number: the articles read this build (null for one kept as the cache has it), and every article's row.
    private readonly IndexedArticle?[] _indexed;
    private readonly SearchCache.Row?[] _rows;
    private readonly SearchCache? _cache;
    private readonly BuildContext _build;
    private readonly ConcurrentBag<Page> _textFiles = [];
    private readonly string _outputFolder;
    private readonly string _readingKey;
    private SearchIndexState? _state;

    /// <param name="cache">The build cache's search cache (<see cref="BuildCache.Search"/>); null builds without one.</param>
    public BuildSearchIndex(BuildContext build, IReadOnlyList<Article> articles, SearchCache? cache)
    {
        var (glossary, site) = (build.Glossary, build.Site);
        _build = build;
        _reader = new ReadSearchPages(glossary, site.AllowRawHtml);
        _numbers = articles.Select(article => (Key: ReadSearchPages.OrderOf(article), article.Slug))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select((pair, number) => (pair.Slug, number))
            .ToDictionary(pair => pair.Slug, pair => pair.number, StringComparer.Ordinal);
        _indexed = new IndexedArticle?[articles.Count];
        _rows = new SearchCache.Row?[articles.Count];
        // Full once: a relative path would make every article's check ask the system for the working directory.
        _outputFolder = Path.GetFullPath(build.Options.OutputFolder);
        _cache = cache;
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
        var (textPath, headsPath) = (SearchIndexFiles.ArticleTextPath(number), SearchIndexFiles.ArticleHeadsPath(number));
        if (_cache?.Find(article.Slug) is { } row && row.Key == key && row.Number == number && HoldsAsWritten(textPath, row.Text) && HoldsAsWritten(headsPath, row.Heads))
        {
            _rows[number] = row;
            _textFiles.Add(_build.Stage(new Page(textPath, "", InputFolder.ArticlesFolder) { IsReused = true }));
            _textFiles.Add(_build.Stage(new Page(headsPath, "", InputFolder.ArticlesFolder) { IsReused = true }));
            return;
        }

        var page = _reader.Article(rendered);
        var text = SearchIndexFiles.ArticleText(page);
        var indexed = _indexed[number] = IndexedArticle.Of(page);
        var heads = ResultHeads.File(indexed.Heads);
        // The write times are the site's, known once it is written (SaveCache).
        _rows[number] = new SearchCache.Row(key, number, new(text.Length, 0), new(heads.Length, 0));
        _textFiles.Add(_build.Stage(new Page(textPath, text, InputFolder.ArticlesFolder)));
        _textFiles.Add(_build.Stage(new Page(headsPath, heads, InputFolder.ArticlesFolder)));
    }

    /// <summary>The articles' text and heads files, written as each was read, as the checks need them.</summary>
    public IReadOnlyCollection<Page> TextFiles => _textFiles;

    /// <summary>The index's files but the articles' texts, as pages to write: from the articles read and the glossary's terms.</summary>
    public IReadOnlyList<Page> Files(IReadOnlyList<RenderedTerm> terms)
    {
        if (Array.IndexOf(_rows, null) is var missing and >= 0)
        {
            throw new InvalidOperationException($"article number {missing} was not read for the search index");
        }

        var termPages = terms.AsParallel().AsOrdered().Select(term => _reader.Term(term.Term)).ToList();
        (var files, _state) = SearchIndexFiles.Update(_cache?.State() ?? SearchIndexState.Empty, _indexed, termPages, Holds);
        return files
            .Select(file => file.Bytes is { } bytes
                ? new Page(file.Path, bytes, InputFolder.ArticlesFolder)
                : new Page(file.Path, "", InputFolder.ArticlesFolder) { IsReused = true })
            .ToList();
    }

    /// <summary>Keeps what this build indexed for the next one; after the site is written.</summary>
    public void SaveCache()
    {
        if (_state is not null)
        {
            _cache?.Save(_numbers.ToDictionary(pair => pair.Key, pair => AsWritten(pair.Value), StringComparer.Ordinal), _state);
        }
    }

    /// <summary>The article's row with its files' write times in the site, for an article read this build (a kept one has them).</summary>
    private SearchCache.Row AsWritten(int number) =>
        _indexed[number] is null
            ? _rows[number]!
            : _rows[number]! with
            {
                Text = _rows[number]!.Text with { WriteTicks = WriteTicksOf(SearchIndexFiles.ArticleTextPath(number)) },
                Heads = _rows[number]!.Heads with { WriteTicks = WriteTicksOf(SearchIndexFiles.ArticleHeadsPath(number)) },
            };

    private long WriteTicksOf(string path) => File.GetLastWriteTimeUtc(Path.Combine(_outputFolder, path)).Ticks;

    /// <summary>Whether the output folder holds the file (its path under the output folder) as the row says it was written.</summary>
    private bool HoldsAsWritten(string path, SearchCache.WrittenFile written)
    {
        var file = new FileInfo(Path.Combine(_outputFolder, path));
        return file.Exists && file.Length == written.Length && file.LastWriteTimeUtc.Ticks == written.WriteTicks;
    }

    /// <summary>Whether the output folder holds a file of the index (its path under the output folder) of that many bytes: a shard or summary, named by its bytes.</summary>
    private bool Holds(string path, long length)
    {
        var file = new FileInfo(Path.Combine(_outputFolder, path));
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
