using Generator.Incremental;
using Generator.Rendering;

namespace Generator.StoryLinks;

/// <summary>
/// Each article's "Linked from" list: the places in other articles that link to it. Which articles link where is known
/// only once every article is rendered (or taken from the build cache with its links), but an article's page is written
/// as soon as the article is rendered. So a build starts from the lists the last build published
/// (<see cref="Assumed"/>): an article that had backlinks waits for the others before its page is made; one that had
/// none is written at once, without. Once every article is known, <see cref="Changed"/> names the pages whose list is
/// not the one they were made with, and the build makes them again. The lists are an input of the article's page
/// (<see cref="Dependency.Backlinks"/>), so a new link re-renders its target's page and nothing else.
/// </summary>
public sealed class Backlinks
{
    private static readonly IReadOnlyList<Backlink> None = [];
    private readonly RecordFile<IReadOnlyList<Backlink>>? _file;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Backlink>> _assumed;
    private IReadOnlyDictionary<string, IReadOnlyList<Backlink>> _found = new Dictionary<string, IReadOnlyList<Backlink>>();
    private IReadOnlySet<string> _expected = new HashSet<string>();

    /// <param name="file">The build cache's file of the last build's lists (<see cref="BuildCache.Backlinks"/>); null builds without.</param>
    public Backlinks(RecordFile<IReadOnlyList<Backlink>>? file)
    {
        _file = file;
        _assumed = _file?.Read() ?? new Dictionary<string, IReadOnlyList<Backlink>>();
    }

    /// <summary>The article's list as the last build published it: what its page is made with until every article is known.</summary>
    public IReadOnlyList<Backlink> Assumed(string slug) => _assumed.GetValueOrDefault(slug, None);

    /// <summary>
    /// Without the last build's lists (a clean build), reads the articles' Markdown for the articles others link to
    /// (<see cref="ExpectedTargets"/>): their pages wait too.
    /// </summary>
    public void Expect(IReadOnlyList<Content.Article> articles)
    {
        if (_assumed.Count == 0)
        {
            _expected = ExpectedTargets.Of(articles);
        }
    }

    /// <summary>Whether the article's page should wait until every article's links are known: it had a list, or is expected to have one.</summary>
    public bool Waits(string slug) => Assumed(slug).Count > 0 || _expected.Contains(slug);

    /// <summary>The article's list once <see cref="Find"/> has run.</summary>
    public IReadOnlyList<Backlink> Of(string slug) => _found.GetValueOrDefault(slug, None);

    /// <summary>Reads every article's links to the others; articles that do not exist are not linked to (the checks say so).</summary>
    /// <param name="siteLanguage">The language of articles that name none.</param>
    public void Find(IReadOnlyList<RenderedArticle> articles, string siteLanguage)
    {
        var known = articles.ToDictionary(a => a.Article.Slug, a => a.Article, StringComparer.Ordinal);
        var found = new Dictionary<string, List<Backlink>>(StringComparer.Ordinal);
        // Newest linking article first, as every list of the site.
        foreach (var source in articles.OrderByDescending(a => a.Article.Date.Iso, StringComparer.Ordinal).ThenBy(a => a.Article.Slug, StringComparer.Ordinal))
        {
            var article = source.Article;
            foreach (var link in source.Links.Where(link => known.ContainsKey(link.TargetSlug)))
            {
                var section = link.SourceSection is { } slug ? article.Sections.First(s => s.Slug == slug) : null;
                var backlink = new Backlink(article.Title, section?.Title,
                    section is null ? SiteUrls.Article(article.Slug) : SiteUrls.Section(article.Slug, section.Slug), link.Sentence, article.LanguageOr(siteLanguage));
                if (!found.TryGetValue(link.TargetSlug, out var list))
                {
                    found[link.TargetSlug] = list = [];
                }

                if (!list.Contains(backlink))
                {
                    list.Add(backlink);
                }
            }
        }

        _found = found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Backlink>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The articles whose list, now known, is not the one their page was made with.</summary>
    public IEnumerable<string> Changed(IEnumerable<string> slugs) =>
        slugs.Where(slug => VersionOf(Assumed(slug)) != VersionOf(Of(slug)));

    /// <summary>The version of a list, as the article page records it.</summary>
    public static string VersionOf(IReadOnlyList<Backlink> list)
    {
        var fingerprint = new Fingerprint().Add(list.Count);
        foreach (var backlink in list)
        {
            fingerprint.Add(backlink.Title).Add(backlink.SectionTitle).Add(backlink.Url).Add(backlink.Sentence).Add(backlink.Language);
        }

        return fingerprint.Finish();
    }

    /// <summary>Keeps the lists this build published, for the next build to start from; after the site is written.</summary>
    public void Save() => _file?.Save(_found);
}
