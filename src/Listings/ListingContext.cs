using Generator.Content;
using Generator.Glossary;
using Generator.Images;
using Generator.Incremental;
using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Listings;

/// <summary>
/// What the listings of one build are made from: the site's settings, the rendered articles newest first and the
/// terms A–Z, with the view of each made at most once and only when a page that shows it is rendered, and the name
/// under which each is declared to the build cache.
/// </summary>
public sealed class ListingContext
{
    private readonly Lazy<ArticleView>[] _articleViews;
    private readonly Lazy<TermView>[] _termViews;

    /// <param name="termView">Makes a term's view (in the term's language).</param>
    public ListingContext(SiteSettings settings, SiteListings listings, GlossaryIndex glossary, IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms,
        Func<RenderedTerm, TermView> termView, DateFormat dates, Localization.LanguageStrings strings, ImageSet images)
    {
        Settings = settings;
        Listings = listings;
        Glossary = glossary;
        Articles = articles;
        Terms = terms;
        Dates = dates;
        Strings = strings;
        _articleViews = articles.Select(article => new Lazy<ArticleView>(() => ViewFactory.Article(article, dates, images, settings.Language))).ToArray();
        _termViews = terms.Select(term => new Lazy<TermView>(() => termView(term))).ToArray();
    }

    public SiteSettings Settings { get; }

    public SiteListings Listings { get; }

    public GlossaryIndex Glossary { get; }

    public IReadOnlyList<RenderedArticle> Articles { get; }

    /// <summary>The glossary's terms, A–Z.</summary>
    public IReadOnlyList<RenderedTerm> Terms { get; }

    /// <summary>The view of the term at <paramref name="index"/> of <see cref="Terms"/>, made the first time it is asked for.</summary>
    public TermView TermView(int index) => _termViews[index].Value;

    public DateFormat Dates { get; }

    /// <summary>The site language's strings, which the pages that list the site are written in.</summary>
    public Localization.LanguageStrings Strings { get; }

    /// <summary>The view of the article at <paramref name="index"/> in <see cref="Articles"/>, made on first use.</summary>
    public ArticleView ArticleView(int index) => _articleViews[index].Value;

    /// <summary>The name under which the article at <paramref name="index"/> is declared to the build cache as listings show it.</summary>
    public string ArticleName(int index) => Dependency.ListedArticle(Articles[index].Article.Slug);

    /// <summary>
    /// One page of a listing of articles (given by their indexes in <see cref="Articles"/>, newest first): the slice
    /// <paramref name="page"/> shows, as the layout's <c>articles</c> and as the names it declares.
    /// </summary>
    /// <param name="viewOf">
    /// The view the page shows of the article at an index, when it is not <see cref="ArticleView"/> as it is: it may
    /// only add what the article's files hold, whose version the article's listed name carries.
    /// </param>
    public (Func<IReadOnlyDictionary<string, object?>> Variables, IReadOnlyList<string> Names) ArticleSlice(IReadOnlyList<int> indexes, ListingPage page, Func<int, ArticleView>? viewOf = null)
    {
        var slice = page.Slice(indexes).ToList();
        return (() => new Dictionary<string, object?> { ["articles"] = slice.Select(viewOf ?? ArticleView).ToList() }, slice.Select(ArticleName).ToList());
    }

    /// <summary>The page view of page <paramref name="page"/> of a listing titled <paramref name="title"/>: its address, and its neighbours for rel=prev/next.</summary>
    public PageView PageOf(string kind, string title, string? description, ListingPage page, RawHtml? structuredData = null) =>
        new(kind, page.Number == 1 ? title : Strings.Generated(Localization.GeneratedStrings.PageNumber, ("title", title), ("number", page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            description, page.Url, structuredData)
        {
            PreviousUrl = page.PreviousUrl,
            NextUrl = page.NextUrl,
        };
}
