using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Incremental;
using Generator.Publishing;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The theming step: renders every page of the site through its layout — the front page, each article,
/// the A–Z glossary, one page per term, and the 404 page. Each page is handed to <c>finish</c> as soon as it is
/// rendered (the build post-processes, reads and writes it there, so pages are not all held in memory at once).
/// </summary>
public static class ApplyTheme
{
    public static IReadOnlyList<Page> Run(
        SiteSettings settings,
        IReadOnlyList<RenderedArticle> articles,
        IReadOnlyList<RenderedTerm> terms,
        Theme theme,
        GlossaryIndex glossary,
        DiagnosticBag diagnostics,
        IncrementalBuild? incremental = null,
        Func<Page, Page>? finish = null)
    {
        var renderer = new LayoutRenderer(theme, glossary);
        var site = ViewFactory.Site(settings);
        var articleViews = articles.Select(ViewFactory.Article).ToList();
        var termViews = terms.Select(ViewFactory.Term).ToList();

        var jobs = new List<(string Layout, string OutputPath, string Source, Func<Dictionary<string, object?>> Variables, Article? Article)>
        {
            ("home", "index.html", InputFolder.SiteFile, () => new()
            {
                ["page"] = new PageView("home", settings.Title, settings.Description, SiteUrls.Home),
                ["articles"] = articleViews,
            }, null),
            ("glossary", "glossary/index.html", InputFolder.GlossaryFolder, () => new()
            {
                ["page"] = new PageView("glossary", "Glossary", $"Definitions of the terms used in {settings.Title}.", SiteUrls.Glossary,
                    StructuredData.Glossary(settings, terms)),
                ["terms"] = termViews,
                ["letters"] = ViewFactory.Letters(termViews),
            }, null),
            ("not-found", "404.html", "theme", () => new()
            {
                ["page"] = new PageView("not-found", "Page not found", null, "/404.html"),
                ["articles"] = articleViews,
            }, null),
        };

        for (var index = 0; index < articles.Count; index++)
        {
            var view = articleViews[index];
            var article = articles[index];
            jobs.Add(("article", $"{view.Slug}/index.html", article.Article.Standfirst.File.DisplayPath, () => new()
            {
                ["page"] = new PageView("article", view.Title, view.Dek, view.Url, StructuredData.Article(settings, article)),
                ["article"] = view,
            }, article.Article));
        }

        for (var index = 0; index < terms.Count; index++)
        {
            var view = termViews[index];
            var term = terms[index].Term;
            jobs.Add(("term", $"glossary/{view.Slug}/index.html", term.Location.File, () => new()
            {
                ["page"] = new PageView("term", view.Name, view.Short, view.Url, StructuredData.Term(settings, term)),
                ["term"] = view,
            }, null));
        }

        var address = SiteAddress.For(settings);
        var sectionSources = articles.ToDictionary(
            a => $"{a.Article.Slug}/index.html",
            a => (IReadOnlyDictionary<string, string>)a.Sections.ToDictionary(s => s.Section.Slug, s => s.Section.Body.File.DisplayPath));
        var pages = new Page?[jobs.Count];
        Parallel.For(0, jobs.Count, index =>
        {
            var job = jobs[index];
            if (job.Article is not null && incremental?.ReusePage(job.Article, job.OutputPath, job.Source) is { } reused)
            {
                pages[index] = Finish(reused with { SectionSources = sectionSources[job.OutputPath] });
                return;
            }

            // Made only for the pages rendered: a reused page needs no view (nor its structured data).
            var variables = job.Variables();
            variables["site"] = site;
            if (address is not null && variables["page"] is PageView page)
            {
                variables["page"] = page with { Canonical = address.Absolute(page.Url) };
            }

            if (renderer.Render(job.Layout, variables, diagnostics) is { } html)
            {
                pages[index] = Finish(new Page(job.OutputPath, html, job.Source)
                {
                    SectionSources = sectionSources.GetValueOrDefault(job.OutputPath) ?? new Dictionary<string, string>(),
                });
            }
        });

        return pages.OfType<Page>().ToList();

        Page Finish(Page page) => finish is null ? page : finish(page);
    }
}
