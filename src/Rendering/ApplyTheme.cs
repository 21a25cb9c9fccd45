using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Publishing;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The theming step: renders the pages of the site through their layouts — each article's page as soon as the article
/// is rendered (<see cref="ArticlePage"/>), then the pages that list the whole site: the front page, the A–Z glossary,
/// one page per term and the 404 page (<see cref="SitePages"/>). Each page is handed to <c>finish</c> at once (the build
/// post-processes, checks and writes it there), so pages are never all held in memory.
/// </summary>
public sealed class ApplyTheme(
    SiteSettings settings,
    Theme theme,
    GlossaryIndex glossary,
    DiagnosticBag diagnostics,
    IncrementalBuild? incremental,
    Func<Page, Page> finish)
{
    private readonly LayoutRenderer _renderer = new(theme, glossary);
    private readonly SiteView _site = ViewFactory.Site(settings);
    private readonly SiteAddress? _address = SiteAddress.For(settings);

    /// <summary>The article's page, taken from the build cache when nothing it shows has changed; null after a layout error.</summary>
    public Page? ArticlePage(RenderedArticle article)
    {
        var outputPath = $"{article.Article.Slug}/index.html";
        var source = article.Article.Standfirst.File.DisplayPath;
        var sections = (IReadOnlyDictionary<string, string>)article.Sections.ToDictionary(s => s.Section.Slug, s => s.Section.Body.File.DisplayPath);
        if (incremental?.ReusePage(article.Article, outputPath, source) is { } reused)
        {
            return finish(reused with { SectionSources = sections });
        }

        var view = ViewFactory.Article(article);
        var page = Render("article", outputPath, source, Complete(new()
        {
            ["page"] = new PageView("article", view.Title, view.Dek, view.Url, StructuredData.Article(settings, article)),
            ["article"] = view,
        }));
        return page is null ? null : finish(page with { SectionSources = sections });
    }

    /// <summary>The front page, the glossary, each term's page and the 404 page, rendered in parallel.</summary>
    public IReadOnlyList<Page> SitePages(IReadOnlyList<RenderedArticle> articles, IReadOnlyList<RenderedTerm> terms)
    {
        var articleViews = articles.Select(ViewFactory.Article).ToList();
        var termViews = terms.Select(ViewFactory.Term).ToList();
        var jobs = new List<(string Layout, string OutputPath, string Source, Func<Dictionary<string, object?>> Variables)>
        {
            ("home", "index.html", InputFolder.SiteFile, () => new()
            {
                ["page"] = new PageView("home", settings.Title, settings.Description, SiteUrls.Home),
                ["articles"] = articleViews,
            }),
            ("glossary", "glossary/index.html", InputFolder.GlossaryFolder, () => new()
            {
                ["page"] = new PageView("glossary", "Glossary", $"Definitions of the terms used in {settings.Title}.", SiteUrls.Glossary,
                    StructuredData.Glossary(settings, terms)),
                ["terms"] = termViews,
                ["letters"] = ViewFactory.Letters(termViews),
            }),
            ("not-found", "404.html", "theme", () => new()
            {
                ["page"] = new PageView("not-found", "Page not found", null, "/404.html"),
                ["articles"] = articleViews,
            }),
        };

        for (var index = 0; index < terms.Count; index++)
        {
            var view = termViews[index];
            var term = terms[index].Term;
            jobs.Add(("term", $"glossary/{view.Slug}/index.html", term.Location.File, () => new()
            {
                ["page"] = new PageView("term", view.Name, view.Short, view.Url, StructuredData.Term(settings, term)),
                ["term"] = view,
            }));
        }

        var pages = new Page?[jobs.Count];
        Parallel.For(0, jobs.Count, index =>
        {
            var job = jobs[index];
            var variables = Complete(job.Variables());
            var page = incremental?.ReuseSitePage(job.Layout, job.OutputPath, job.Source, variables) ?? Render(job.Layout, job.OutputPath, job.Source, variables);
            pages[index] = page is null ? null : finish(page);
        });
        return pages.OfType<Page>().ToList();
    }

    /// <summary>Adds what every layout is given: the site, and the page's canonical address.</summary>
    private Dictionary<string, object?> Complete(Dictionary<string, object?> variables)
    {
        variables["site"] = _site;
        if (_address is not null && variables["page"] is PageView page)
        {
            variables["page"] = page with { Canonical = _address.Absolute(page.Url) };
        }

        return variables;
    }

    private Page? Render(string layout, string outputPath, string source, Dictionary<string, object?> variables) =>
        _renderer.Render(layout, variables, diagnostics) is { } html ? new Page(outputPath, html, source) : null;
}
