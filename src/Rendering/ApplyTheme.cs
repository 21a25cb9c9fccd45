using System.Text.Json;
using Generator.Buffers;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Images;
using Generator.Incremental;
using Generator.Listings;
using Generator.Localization;
using Generator.Publishing;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The theming step: renders the pages of the site through their layouts — each article's page as soon as the article
/// is rendered (<see cref="ArticlePage"/>), then the pages that list the whole site: the front page, the A–Z glossary,
/// one page per term, the search page and the 404 page (<see cref="SitePages"/>). Each page is published at once
/// (<see cref="Pipeline.BuildContext.Publish"/>: post-processed, read for the checks and written), so pages are never
/// all held in memory.
/// </summary>
/// <param name="build">The build: its site settings, theme, glossary and cache.</param>
/// <param name="images">What an article's page shows of its photos, and each page's preview image.</param>
/// <param name="translations">An article's page links its translations.</param>
public sealed class ApplyTheme(Pipeline.BuildContext build, ImageSet images, TranslationGroups translations)
{
    private readonly SiteSettings _settings = build.Site;
    private readonly IncrementalBuild? _incremental = build.Incremental;
    private readonly LayoutRenderer _renderer = new(build.Theme, build.Glossary);
    private readonly SiteView _site = ViewFactory.Site(build.Site);
    private readonly SiteAddress? _address = SiteAddress.For(build.Site);
    // The pages that list the site are in its language; an article's page is in the article's.
    private readonly LanguageStrings _strings = build.Strings.Of(build.Site.Language);
    private readonly DateFormat _dates = new(build.Site.TimeZone, build.Strings.Of(build.Site.Language));

    /// <summary>How many of the newest articles the 404 page is given to suggest.</summary>
    private const int NotFoundArticles = 5;

    /// <summary>The article's page, taken from the build cache when nothing it shows has changed; null after a layout error.</summary>
    /// <param name="backlinks">The places in other articles that link to it, for its "Linked from" list.</param>
    public Page? ArticlePage(RenderedArticle article, IReadOnlyList<StoryLinks.Backlink> backlinks)
    {
        var outputPath = SiteUrls.ArticleFile(article.Article.Slug);
        var source = article.Article.Standfirst.File.DisplayPath;
        var sections = (IReadOnlyDictionary<string, string>)article.Sections.ToDictionary(s => s.Section.Slug, s => s.Section.Body.File.DisplayPath);
        if (_incremental?.ReusePage(outputPath, source) is { } reused)
        {
            return build.Publish(reused with { SectionSources = sections });
        }

        var language = article.Article.LanguageOr(_settings.Language);
        var strings = build.Strings.Of(language);
        var view = ViewFactory.Article(article, new DateFormat(_settings.TimeZone, strings), images, _settings.Language) with
        {
            LinkedFrom = backlinks.Select(b => new BacklinkView(b.Title, b.SectionTitle, b.Url, b.Sentence, b.Language)).ToList(),
        };
        var preview = images.Preview(article.Article);
        var dependencies = new DependencyRecorder().Record(Dependency.Article(article.Article.Slug)).Record(Dependency.Images(article.Article.Slug))
            .Record(Dependency.Translations(article.Article.Slug)).Record(Dependency.Backlinks(article.Article.Slug));
        var page = Render("article", outputPath, source, Complete(new()
        {
            ["page"] = new PageView("article", view.Title, view.Dek, view.Url, StructuredData.Article(_settings, article, preview)) { Alternates = Alternates(article.Article) },
            ["article"] = view,
        }, dependencies, preview, language), strings, dependencies);
        return page is null ? null : build.Publish(page with { SectionSources = sections });
    }

    /// <summary>
    /// The pages that list the site — the front page and its older pages, the date archives, topic pages and their
    /// indexes, the glossary, each term's page — and the 404 page, rendered in parallel, or taken from the build cache
    /// when what the page is given of its own and the views of the slice it lists are unchanged (see
    /// <see cref="ListingJob"/>). Articles' views are only made when a page that lists them must be rendered.
    /// </summary>
    public IReadOnlyList<Page> SitePages(IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms, SiteListings listings)
    {
        // A term's view is made only for a page that shows it and is rendered; every term's version is declared.
        DateFormat DatesOf(RenderedTerm term) => new(_settings.TimeZone, build.Strings.Of(term.Term.LanguageOr(_settings.Language)));
        var context = new ListingContext(_settings, listings, build.Glossary, articles, terms, term => ViewFactory.Term(term, DatesOf(term), _settings.Language), _dates, _strings, images);
        if (_incremental is not null)
        {
            foreach (var article in articles)
            {
                if (_incremental.ArticleViewKey(article) is { } key)
                {
                    // An article's view carries its photos' sizes and addresses too.
                    _incremental.Versions.Declare(Dependency.ListedArticle(article.Article.Slug), Fingerprint.Of(key, images.KeyOf(article.Article)));
                }
            }

            terms.AsParallel().ForAll(term => _incremental.Versions.Declare(Dependency.TermView(term.Term.Slug), ViewFactory.TermKey(term, DatesOf(term), _settings.Language)));
        }

        // The 404 page suggests the newest stories: it lists only those, so an older article's edit leaves it as it is.
        var newest = Enumerable.Range(0, Math.Min(NotFoundArticles, articles.Count)).ToList();
        var jobs = new List<ListingJob>(FrontPages.Jobs(context).Concat(DateArchives.Jobs(context)).Concat(TopicPages.Jobs(context)).Concat(GlossaryPages.Jobs(context)))
        {
            new("search", "search/index.html", "theme",
                new PageView("search", _strings.Generated(GeneratedStrings.Search), _strings.Generated(GeneratedStrings.SearchDescription, ("site", _settings.Title)), SiteUrls.Search),
                new Dictionary<string, object?>(),
                () => new Dictionary<string, object?>(),
                [],
                _settings.Language),
            new("not-found", "404.html", "theme",
                new PageView("not-found", _strings.Generated(GeneratedStrings.NotFound), null, "/404.html"),
                new Dictionary<string, object?>(),
                () => new Dictionary<string, object?> { ["articles"] = newest.Select(context.ArticleView).ToList() },
                newest.Select(context.ArticleName).ToList(),
                _settings.Language),
        };

        var pages = new Page?[jobs.Count];
        Parallel.For(0, jobs.Count, index =>
        {
            var job = jobs[index];
            var dependencies = new DependencyRecorder();
            var variables = Complete(new(job.Own) { ["page"] = job.Page }, dependencies, images.SitePreview, job.Language);
            // What the page is given of its own, and which views it lists in which order, is one input of it; the
            // views themselves are others, each with its own version.
            _incremental?.Versions.Declare(Dependency.Listing(job.OutputPath), OwnVersion(job, variables));
            dependencies.Record(Dependency.Listing(job.OutputPath));
            foreach (var listed in job.ListedNames)
            {
                dependencies.Record(listed);
            }

            var page = _incremental?.ReusePage(job.OutputPath, job.Source);
            if (page is null)
            {
                foreach (var (name, value) in job.Listed())
                {
                    variables[name] = value;
                }

                page = Render(job.Layout, job.OutputPath, job.Source, variables, build.Strings.Of(job.Language), dependencies);
            }

            pages[index] = page is null ? null : build.Publish(page);
        });
        return pages.OfType<Page>().ToList();
    }

    /// <summary>
    /// The version of what a listing page is given of its own: its layout, its variables written out as JSON (hashed as
    /// written, in UTF-8: an archive has 29,000 such pages, and each was made a string first) and the names it lists.
    /// </summary>
    private static string OwnVersion(ListingJob job, Dictionary<string, object?> variables) =>
        ReusedJsonWriter.Write(
            (Job: job, Variables: variables),
            static (json, state) => JsonSerializer.Serialize(json, state.Variables, ViewJson.Default.DictionaryStringObject),
            static (utf8, state) =>
            {
                var fingerprint = new Fingerprint().Add(state.Job.Layout).Add(utf8.Span);
                foreach (var name in state.Job.ListedNames)
                {
                    fingerprint.Add(name);
                }

                return fingerprint.Finish();
            });

    /// <summary>
    /// Adds what every layout is given: the site, and the page's language, canonical address and preview image. The
    /// page's views (its dates) are written with its language's strings, so it reads them even where no layout does.
    /// </summary>
    private Dictionary<string, object?> Complete(Dictionary<string, object?> variables, DependencyRecorder dependencies, PreviewImage? preview, string language)
    {
        dependencies.Record(Dependency.Site).Record(Dependency.BaseUrl).Record(Dependency.Strings(language));
        variables["site"] = _site;
        var page = (PageView)variables["page"]!;
        variables["page"] = page = page with { Language = language };
        if (_address is not null)
        {
            variables["page"] = page with
            {
                Canonical = _address.Absolute(page.Url),
                Image = preview is null ? null : new ImageView(_address.Absolute(preview.Url), preview.Width, preview.Height, preview.Alt, preview.MimeType),
            };
        }

        return variables;
    }

    /// <summary>The article in each language its group is published in, itself included (<see cref="TranslationGroups"/>).</summary>
    private IReadOnlyList<AlternateView> Alternates(Article article) =>
        translations.Of(article.Slug).Select(member =>
        {
            var language = member.LanguageOr(_settings.Language);
            var url = SiteUrls.Article(member.Slug);
            return new AlternateView(language, build.Strings.Of(language).Generated(GeneratedStrings.LanguageName), member.Title, url,
                _address?.Absolute(url) ?? url, member.Slug == article.Slug, language == _settings.Language);
        }).ToList();

    /// <summary>Renders a page and keeps, for the next build, what it was made from.</summary>
    private Page? Render(string layout, string outputPath, string source, Dictionary<string, object?> variables, LanguageStrings strings, DependencyRecorder dependencies)
    {
        if (_renderer.Render(layout, variables, strings, build.Diagnostics, dependencies) is not { } html)
        {
            return null;
        }

        _incremental?.Recorded(outputPath, dependencies);
        return new Page(outputPath, (ReadOnlyMemory<byte>)html, source);
    }
}
