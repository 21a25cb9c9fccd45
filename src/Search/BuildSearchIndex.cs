using System.Collections.Concurrent;
using Generator.Content;
using Generator.Glossary;
using Generator.Rendering;

namespace Generator.Search;

/// <summary>
/// The search step. Each article is read for the index as soon as it is rendered (<see cref="Add"/>, on the thread
/// that rendered it, while its files are still held); once the glossary is rendered, <see cref="Files"/> writes the
/// whole index. Every build writes every file of it anew, from the content alone, so an incremental build gives the
/// same bytes as a clean one; the staging folder then keeps each file whose bytes did not change as it was (same
/// file, same time), so an edit replaces only the shards whose words it touched, the article's own text file and the
/// manifest that names the shards.
/// </summary>
public sealed class BuildSearchIndex(GlossaryIndex glossary, SiteSettings site)
{
    private readonly ReadSearchPages _reader = new(glossary, site.AllowRawHtml);
    private readonly ConcurrentBag<SearchPage> _articles = [];

    /// <summary>Reads an article for the index; safe to call from parallel steps.</summary>
    public void Add(Article article) => _articles.Add(_reader.Article(article));

    /// <summary>The index's files, as pages to write: the articles read so far and the glossary's terms.</summary>
    public IReadOnlyList<Page> Files(IReadOnlyList<RenderedTerm> terms)
    {
        var termPages = terms.AsParallel().AsOrdered().Select(term => _reader.Term(term.Term)).ToList();
        return SearchIndexFiles.Write([.. _articles], termPages)
            .Select(file => new Page(file.Path, file.Bytes, InputFolder.ArticlesFolder))
            .ToList();
    }
}
