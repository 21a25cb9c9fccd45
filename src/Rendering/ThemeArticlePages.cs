using Generator.Incremental;
using Generator.Pipeline;
using Generator.StoryLinks;

namespace Generator.Rendering;

/// <summary>
/// The article pages: each article's page is themed and written as soon as the article is rendered (<see cref="Take"/>),
/// except the pages whose "Linked from" list the last build published (or, in a clean build, that the Markdown shows
/// linked, <see cref="Backlinks.Waits"/>): those wait until every article's links are known
/// (<see cref="MakeLinkedPages"/>), which also makes again the pages whose list turned out to change.
/// </summary>
/// <param name="count">How many articles the build renders: a page is kept by its article's position.</param>
public sealed class ThemeArticlePages(BuildContext build, ApplyTheme theming, Backlinks backlinks, int count) : IRenderedArticleStep
{
    // By the article's position; each position is written by one thread at a time.
    private readonly Page?[] _pages = new Page?[count];
    private readonly bool[] _waiting = new bool[count];

    /// <summary>The article pages made, by output path.</summary>
    public IEnumerable<Page> Pages => _pages.OfType<Page>().OrderBy(page => page.OutputPath, StringComparer.Ordinal);

    public void Take(RenderedArticle article, int position)
    {
        if (backlinks.Waits(article.Article.Slug))
        {
            _waiting[position] = true;
        }
        else if (theming.ArticlePage(article, []) is { } page)
        {
            _pages[position] = page;
        }
    }

    /// <summary>
    /// Once every article's links are known (<see cref="Backlinks.Find"/>): the pages that waited, and those made without
    /// a list that now has one (or with one that changed, which happens only when links between stories were added or
    /// changed). A page the output folder holds as it would be made is taken as it is; otherwise the article's HTML is
    /// read back from the build cache, where rendering stored it, or, without a cache (<c>--no-cache</c>), the article
    /// is rendered again.
    /// </summary>
    /// <param name="articles">Every article as rendering kept it, in the positions <see cref="Take"/> was given.</param>
    public void MakeLinkedPages(IReadOnlyList<RenderedArticle> articles)
    {
        var incremental = build.Incremental;
        var written = articles.Where((_, position) => !_waiting[position]).Select(article => article.Article.Slug);
        var again = backlinks.Changed(written).ToHashSet(StringComparer.Ordinal);
        Enumerable.Range(0, articles.Count).Where(position => _waiting[position] || again.Contains(articles[position].Article.Slug)).AsParallel().ForAll(position =>
        {
            var listed = articles[position];
            var slug = listed.Article.Slug;
            incremental?.Versions.Declare(Dependency.Backlinks(slug), Backlinks.VersionOf(backlinks.Of(slug)));
            var article = (incremental?.IsPageCurrent(SiteUrls.ArticleFile(slug)) == true ? listed : null)
                ?? incremental?.ReadBack(listed.Article)
                ?? RenderArticles.Again(build, listed.Article);
            if (theming.ArticlePage(article, backlinks.Of(slug)) is { } page)
            {
                _pages[position] = page;
            }
        });
    }
}
