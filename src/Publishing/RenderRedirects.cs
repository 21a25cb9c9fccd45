using System.Net;
using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The redirect step: for every <c>redirect_from</c> path, a line in Netlify's <c>_redirects</c> (after the lines of a
/// hand-written <c>input/_redirects</c>, which take precedence) and a small page at the old path that forwards with a
/// meta refresh, for hosts without redirect rules. Old paths that collide with a page of the site are errors.
/// </summary>
public static class RenderRedirects
{
    public const string NetlifyFile = "_redirects";

    /// <param name="build">The build: its input folder (a hand-written <c>_redirects</c>) and base path (the rules' addresses).</param>
    /// <param name="articles">The articles published, with the old addresses that forward to them.</param>
    /// <param name="pages">The site's pages, whose addresses an old path must not take.</param>
    public static IReadOnlyList<Page> Run(Pipeline.BuildContext build, IReadOnlyList<Article> articles, IReadOnlyList<Page> pages)
    {
        var diagnostics = build.Diagnostics;
        var prefix = build.BasePath.TrimEnd('/');
        var redirects = articles
            .SelectMany(article => article.RedirectFrom.Select(from => (From: from, To: SiteUrls.Article(article.Slug)))
                .Concat(article.Sections.SelectMany(section => section.RedirectFrom.Select(from => (From: from, To: SiteUrls.Section(article.Slug, section.Slug))))))
            .ToList();

        var handWritten = Path.Combine(build.Options.InputFolder, NetlifyFile);
        var rules = new StringBuilder();
        if (File.Exists(handWritten) && SourceFileReader.Read(handWritten, diagnostics) is { } file)
        {
            rules.Append(file.Text.TrimEnd('\n')).Append('\n');
        }

        var existing = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var claimed = new Dictionary<string, LocatedText>(StringComparer.Ordinal);
        var output = new List<Page>();
        foreach (var (from, to) in redirects)
        {
            var target = OutputPathOf(from.Value);
            if (existing.Contains(target))
            {
                diagnostics.Error(from.Location, $"redirect_from '{from.Value}' is the address of a page of the site",
                    "remove it: a redirect there would hide the page.");
                continue;
            }

            if (!claimed.TryAdd(target, from))
            {
                diagnostics.Error(from.Location, $"redirect_from '{from.Value}' is also claimed by {claimed[target].Location}",
                    "an old address can lead to one page only; remove one of the two.");
                continue;
            }

            rules.Append(prefix).Append(from.Value).Append("  ").Append(prefix).Append(to).Append("  301\n");
            output.Add(new Page(target, ForwardingPage(prefix + to), from.Location.File) { IsRedirect = true });
        }

        if (rules.Length > 0)
        {
            output.Add(new Page(NetlifyFile, rules.ToString(), File.Exists(handWritten) ? SourceFileReader.DisplayPathOf(handWritten) : InputFolder.ArticlesFolder));
        }

        return output;
    }

    private static string OutputPathOf(string path)
    {
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        return relative.EndsWith(".html", StringComparison.Ordinal) ? relative : relative.TrimEnd('/') + "/index.html";
    }

    private static string ForwardingPage(string target)
    {
        var href = WebUtility.HtmlEncode(target);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>This page has moved</title>
            <meta http-equiv="refresh" content="0; url={href}">
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{href}">
            </head>
            <body>
            <p>This page has moved to <a href="{href}">{href}</a>.</p>
            </body>
            </html>

            """;
    }
}
