using System.Diagnostics;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Glossary;
using Generator.Localization;
using Generator.Rendering;

namespace Generator.Pipeline;

/// <summary>
/// The first steps of a build (load content, load the theme's strings, index glossary, render articles) with every term occurrence recorded,
/// for <c>glossary report</c>. Nothing is written.
/// </summary>
public static class GlossaryReportRun
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Article> Articles, GlossaryIndex? Glossary, GlossaryReport Report);

    public static Result Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var report = new GlossaryReport();
        var content = LoadContent.Run(options.InputFolder, options.IncludeDrafts, diagnostics);
        if (content is null)
        {
            return new Result(diagnostics.Sorted(), [], null, report);
        }

        // The prose is rendered as a build renders it, with the theme's partials and strings of each article's language.
        var theme = LoadTheme.Run(options.ThemeFolder, diagnostics)!;
        if (!CheckLanguages.Run(content, theme.Strings, diagnostics))
        {
            return new Result(diagnostics.Sorted(), [], null, report);
        }

        var glossary = new GlossaryIndex(content.Terms, diagnostics);
        using var build = new BuildContext
        {
            Options = options,
            Diagnostics = diagnostics,
            Site = content.Site,
            Theme = theme,
            Glossary = glossary,
            Incremental = null,
            Staging = null,
            BasePath = BuildContext.BasePathOf(options.BaseUrl),
            Timings = new StepTimings(Stopwatch.StartNew()),
        };
        RenderArticles.Run(build, content.Articles, report);
        return new Result(diagnostics.Sorted(), content.Articles, glossary, report);
    }
}
