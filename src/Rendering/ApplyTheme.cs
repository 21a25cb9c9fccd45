using System.Text.Json;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Images;
using Generator.Incremental;
using Generator.Localization;
using Generator.Publishing;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The theming step: renders the pages of the site through their layouts — each article's page as soon as the article
/// is rendered (<see cref="ArticlePage"/>), then the pages that list the whole site: the front page, the A–Z glossary,
/// one page per term, the search page and the 404 page (<see cref="SitePages"/>). Each page is handed to <c>finish</c> at once (the build
/// post-processes, checks and writes it there), so pages are never all held in memory.
/// </summary>
public sealed class ApplyTheme(
    SiteSettings settings,
    Theme theme,
    GlossaryIndex glossary,
    DiagnosticBag diagnostics,
    IncrementalBuild? incremental,
    ImageSet images,
    TranslationGroups translations,
    Func<Page, Page> finish)
{
    private readonly LayoutRenderer _renderer = new(theme, glossary);
    private readonly SiteView _site = ViewFactory.Site(settings);
    private readonly SiteAddress? _address = SiteAddress.For(settings);
    // The pages that list the site are in its language; an article's page is in the article's.
    private readonly LanguageStrings _strings = theme.Strings.Of(settings.Language);
    private readonly DateFormat _dates = new(settings.TimeZone, theme.Strings.Of(settings.Language));

    /// <summary>The article's page, taken from the build cache when nothing it shows has changed; null after a layout error.</summary>
    public Page? ArticlePage(RenderedArticle article)
    {
        var outputPath = SiteUrls.ArticleFile(article.Article.Slug);
        var source = article.Article.Standfirst.File.DisplayPath;
        var sections = (IReadOnlyDictionary<string, string>)article.Sections.ToDictionary(s => s.Section.Slug, s => s.Section.Body.File.DisplayPath);
        if (incremental?.ReusePage(outputPath, source) is { } reused)
        {
            return finish(reused with { SectionSources = sections });
        }

        var language = article.Article.LanguageOr(settings.Language);
        var strings = theme.Strings.Of(language);
        var view = ViewFactory.Article(article, new DateFormat(settings.TimeZone, strings), images, settings.Language);
        var preview = images.Preview(article.Article);
        var dependencies = new DependencyRecorder().Record(Dependency.Article(article.Article.Slug)).Record(Dependency.Images(article.Article.Slug))
            .Record(Dependency.Translations(article.Article.Slug));
        var page = Render("article", outputPath, source, Complete(new()
        {
            ["page"] = new PageView("article", view.Title, view.Dek, view.Url, StructuredData.Article(settings, article, preview)) { Alternates = Alternates(article.Article) },
            ["article"] = view,
        }, dependencies, preview, language), strings, dependencies);
        return page is null ? null : finish(page with { SectionSources = sections });
    }

    /// <summary>
    /// The front page, the glossary, each term's page and the 404 page, rendered in parallel — or taken from the build
    /// cache when the page's own view and the keys of the views it lists are unchanged. Articles' views (whole articles)
    /// are only made when a page that lists them must be rendered.
    /// </summary>
    public IReadOnlyList<Page> SitePages(IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms)
    {
        var articleViews = new Lazy<List<ArticleView>>(() => articles.AsParallel().AsOrdered().Select(article => ViewFactory.Article(article, _dates, images, settings.Language)).ToList());
        // A large glossary's views hold tens of thousands of back-references: made on every core.
        var termViews = terms.AsParallel().AsOrdered()
            .Select(term => ViewFactory.Term(term, new DateFormat(settings.TimeZone, theme.Strings.Of(term.Term.LanguageOr(settings.Language))), settings.Language))
            .ToList();
        var listedArticles = articles.Select(a => Dependency.ListedArticle(a.Article.Slug)).ToList();
        var listedTerms = termViews.Select(t => Dependency.TermView(t.Slug)).ToList();
        if (incremental is not null)
        {
            foreach (var article in articles)
            {
                if (incremental.ArticleViewKey(article) is { } key)
                {
                    // An article's view carries its photos' sizes and addresses too.
                    incremental.Versions.Declare(Dependency.ListedArticle(article.Article.Slug), Fingerprint.Of(key, images.KeyOf(article.Article)));
                }
            }

            termViews.AsParallel().ForAll(view => incremental.Versions.Declare(Dependency.TermView(view.Slug), IncrementalBuild.TermViewKey(view)));
        }

        var jobs = new List<SitePage>
        {
            new("home", "index.html", InputFolder.SiteFile,
                new PageView("home", settings.Title, settings.Description, SiteUrls.Home),
                () => new() { ["articles"] = articleViews.Value },
                listedArticles, settings.Language),
            new("glossary", "glossary/index.html", InputFolder.GlossaryFolder,
                new PageView("glossary", _strings.Generated(GeneratedStrings.Glossary), _strings.Generated(GeneratedStrings.GlossaryDescription, ("site", settings.Title)),
                    SiteUrls.Glossary, StructuredData.Glossary(settings, terms)),
                () => new() { ["terms"] = termViews, ["letters"] = ViewFactory.Letters(termViews) },
                listedTerms, settings.Language),
            new("search", "search/index.html", "theme",
                new PageView("search", _strings.Generated(GeneratedStrings.Search), _strings.Generated(GeneratedStrings.SearchDescription, ("site", settings.Title)), SiteUrls.Search),
                () => [],
                [], settings.Language),
            new("not-found", "404.html", "theme",
                new PageView("not-found", _strings.Generated(GeneratedStrings.NotFound), null, "/404.html"),
                () => new() { ["articles"] = articleViews.Value },
                listedArticles, settings.Language),
        };

        for (var index = 0; index < terms.Count; index++)
        {
            var view = termViews[index];
            var term = terms[index].Term;
            jobs.Add(new("term", $"glossary/{view.Slug}/index.html", term.Location.File,
                new PageView("term", view.Name, view.Short, view.Url, StructuredData.Term(settings, term)),
                () => new() { ["term"] = view },
                [listedTerms[index]], view.Language));
        }

        var pages = new Page?[jobs.Count];
        Parallel.For(0, jobs.Count, index =>
        {
            var job = jobs[index];
            var dependencies = new DependencyRecorder();
            var variables = Complete(new() { ["page"] = job.Page }, dependencies, images.SitePreview, job.Language);
            // What the page is given of its own, and which views it lists in which order, is one input of it; the
            // views themselves are others, each with its own version.
            incremental?.Versions.Declare(Dependency.Listing(job.OutputPath),
                Fingerprint.Of([job.Layout, JsonSerializer.Serialize(variables, ViewJson.Default.DictionaryStringObject), .. job.Listed]));
            dependencies.Record(Dependency.Listing(job.OutputPath));
            foreach (var listed in job.Listed)
            {
                dependencies.Record(listed);
            }

            var page = incremental?.ReusePage(job.OutputPath, job.Source);
            if (page is null)
            {
                foreach (var (name, value) in job.Variables())
                {
                    variables[name] = value;
                }

                page = Render(job.Layout, job.OutputPath, job.Source, variables, theme.Strings.Of(job.Language), dependencies);
            }

            pages[index] = page is null ? null : finish(page);
        });
        return pages.OfType<Page>().ToList();
    }

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
            var language = member.LanguageOr(settings.Language);
            var url = SiteUrls.Article(member.Slug);
            return new AlternateView(language, theme.Strings.Of(language).Generated(GeneratedStrings.LanguageName), member.Title, url,
                _address?.Absolute(url) ?? url, member.Slug == article.Slug, language == settings.Language);
        }).ToList();

    /// <summary>
    /// One page that lists the site: its own view, the variables that list views (made on demand), the names of those
    /// views and the language it is written in.
    /// </summary>
    private sealed record SitePage(
        string Layout,
        string OutputPath,
        string Source,
        PageView Page,
        Func<Dictionary<string, object?>> Variables,
        IReadOnlyList<string> Listed,
        string Language);

    /// <summary>Renders a page and keeps, for the next build, what it was made from.</summary>
    private Page? Render(string layout, string outputPath, string source, Dictionary<string, object?> variables, LanguageStrings strings, DependencyRecorder dependencies)
    {
        if (_renderer.Render(layout, variables, strings, diagnostics, dependencies) is not { } html)
        {
            return null;
        }

        incremental?.Recorded(outputPath, dependencies);
        return new Page(outputPath, (ReadOnlyMemory<byte>)html, source);
    }
}
