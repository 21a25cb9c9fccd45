using Generator.Content;
using Generator.Prose;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.StoryLinks;

/// <summary>
/// Finds the links of a rendered document that lead to another article of the site (<see cref="StoryLink"/>): writes
/// the shorthand <c>article:slug#section</c> as the address it stands for, and marks each such link
/// <c>class="story-link"</c>, which the theme's script gives a preview of the story. What it does depends only on the
/// document, never on which articles exist: whether a target exists is checked for the whole site afterwards
/// (<see cref="CheckStoryLinks"/>), so an article the build cache reuses keeps its links as they were read.
/// </summary>
public static class FindStoryLinks
{
    public const string Scheme = "article:";

    /// <param name="articleSlug">The article the document belongs to: a link to itself is not a link between stories.</param>
    /// <param name="sectionSlug">The section the document is, or null for the standfirst.</param>
    public static IReadOnlyList<StoryLink> Run(MarkdownDocument document, MarkdownSource source, string articleSlug, string? sectionSlug)
    {
        List<StoryLink>? links = null;
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } url || Target(url) is not var (slug, section, shorthand))
            {
                continue;
            }

            if (shorthand)
            {
                link.Url = section is null ? Rendering.SiteUrls.Article(slug) : Rendering.SiteUrls.Section(slug, section);
            }

            if (slug == articleSlug)
            {
                continue;
            }

            link.GetAttributes().AddClass("story-link");
            var (text, start, end) = MarkdownPlainText.Around(link);
            (links ??= []).Add(new StoryLink(slug, section, sectionSlug, Sentences.Around(text, start, end), shorthand,
                source.FirstLine + link.Line, link.Column + 1));
        }

        return links ?? (IReadOnlyList<StoryLink>)[];
    }

    /// <summary>The article (and section) an address leads to when it can be one of the site's articles; null otherwise.</summary>
    private static (string Slug, string? Section, bool Shorthand)? Target(string url)
    {
        var shorthand = url.StartsWith(Scheme, StringComparison.Ordinal);
        string path;
        if (shorthand)
        {
            path = url[Scheme.Length..];
        }
        else if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            path = url[1..];
        }
        else
        {
            return null;
        }

        var hash = path.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(path[(hash + 1)..]) : null;
        var slug = Uri.UnescapeDataString((hash >= 0 ? path[..hash] : path).TrimEnd('/'));
        // The site's own folders (the glossary, topic pages, date archives) are never articles.
        if (slug.Length == 0 || slug.Contains('/') || slug.Contains('?') || slug != Slug.From(slug) || InputFolder.IsReserved(slug))
        {
            return null;
        }

        return (slug, string.IsNullOrEmpty(fragment) ? null : fragment, shorthand);
    }
}
