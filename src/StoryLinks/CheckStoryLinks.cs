using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.StoryLinks;

/// <summary>
/// Checks that every shorthand link (<c>article:slug#section</c>) names an article of the site and, when it names a
/// section, one of that article's sections: an error at the link, with the names it could have meant. Addresses
/// written out (<c>/slug/</c>) are checked with every other address of the site, on the written pages.
/// </summary>
public static class CheckStoryLinks
{
    public static void Run(IReadOnlyList<RenderedArticle> articles, DiagnosticBag diagnostics)
    {
        var sections = articles.ToDictionary(a => a.Article.Slug, a => a.Article.Sections.Select(s => s.Slug).ToList(), StringComparer.Ordinal);
        foreach (var rendered in articles)
        {
            foreach (var link in rendered.Links.Where(link => link.Shorthand))
            {
                var location = new SourceLocation(FileOf(rendered.Article, link), link.Line, link.Column);
                if (!sections.TryGetValue(link.TargetSlug, out var targetSections))
                {
                    diagnostics.Error(location, $"the link '{FindStoryLinks.Scheme}{link.TargetSlug}' names no article of the site",
                        $"write the name of an article's folder under articles/{Nearest(link.TargetSlug, sections.Keys)}.");
                }
                else if (link.TargetSection is { } section && !targetSections.Contains(section))
                {
                    diagnostics.Error(location, $"the article '{link.TargetSlug}' has no section '{section}'",
                        $"its sections are {string.Join(", ", targetSections)}; a section's name is its file's name without the number and '.md'.");
                }
            }
        }
    }

    private static string FileOf(Article article, StoryLink link) =>
        (link.SourceSection is { } slug ? article.Sections.First(s => s.Slug == slug).Body : article.Standfirst).File.DisplayPath;

    private static string Nearest(string slug, IEnumerable<string> slugs) =>
        KeySuggestion.Closest(slug, slugs) is { } near ? $" (did you mean '{near}'?)" : "";
}
