using Generator.Content;
using Generator.Content.FrontMatter;
using Generator.Diagnostics;

namespace Generator.Localization;

/// <summary>
/// Reads every article's <c>translations</c> into <see cref="TranslationGroups"/>, before scheduled articles are held
/// back (a translation may name one, or a draft, which simply has no link until it is published). Errors, at the entry:
/// a slug no article has (with the closest slug), an article written in another language than the key says, an
/// article's own language, two articles of one language in a group. A pair named one way only is a warning (an error
/// with --strict): the pages link each other both ways all the same, but the other article's front matter does not say so.
/// </summary>
public static class LinkTranslations
{
    public static TranslationGroups Run(ContentSet content, DiagnosticBag diagnostics)
    {
        var siteLanguage = content.Site.Language;
        var articles = content.Articles.Concat(content.LeftOutDrafts).ToList();
        var bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var parent = articles.ToDictionary(a => a.Slug, a => a.Slug, StringComparer.Ordinal);
        string Root(string slug) => parent[slug] == slug ? slug : parent[slug] = Root(parent[slug]);

        var links = new List<(Article From, Translation Entry, Article To)>();
        foreach (var article in articles)
        {
            var language = article.LanguageOr(siteLanguage);
            foreach (var entry in article.Translations)
            {
                if (entry.Language.Value == language)
                {
                    diagnostics.Error(entry.Language.Location, $"'{entry.Language.Value}' is the language this article is written in, not one of its translations",
                        "list under 'translations' the articles that tell this story in other languages, by their language.");
                }
                else if (!bySlug.TryGetValue(entry.Slug.Value, out var target))
                {
                    var closest = KeySuggestion.Closest(entry.Slug.Value, bySlug.Keys);
                    diagnostics.Error(entry.Slug.Location, $"the translation '{entry.Slug.Value}' is not an article of the site",
                        (closest is null ? "" : $"did you mean '{closest}'? ") + "name the translation by its folder under input/articles/.");
                }
                else if (target.LanguageOr(siteLanguage) != entry.Language.Value)
                {
                    diagnostics.Error(entry.Slug.Location, $"'{target.Slug}' is written in '{target.LanguageOr(siteLanguage)}', not '{entry.Language.Value}'",
                        $"fix the language before it, or give {target.Slug}/index.md 'language: {entry.Language.Value}'.");
                }
                else
                {
                    links.Add((article, entry, target));
                    parent[Root(article.Slug)] = Root(target.Slug);
                }
            }
        }

        foreach (var (from, entry, to) in links)
        {
            var fromLanguage = from.LanguageOr(siteLanguage);
            if (!to.Translations.Any(back => back.Slug.Value == from.Slug))
            {
                diagnostics.Warning(entry.Slug.Location, $"'{to.Slug}' does not name this article among its translations",
                    $"add 'translations: {{{fromLanguage}: {from.Slug}}}' to {to.Slug}/index.md; the two pages link each other either way.");
            }
        }

        var groups = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        foreach (var group in articles.GroupBy(a => Root(a.Slug)).Where(g => g.Count() > 1))
        {
            var members = group.OrderBy(a => a.LanguageOr(siteLanguage), StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
            foreach (var twin in members.GroupBy(a => a.LanguageOr(siteLanguage)).Where(l => l.Count() > 1))
            {
                var entry = links.First(link => twin.Contains(link.To) || twin.Contains(link.From)).Entry;
                diagnostics.Error(entry.Slug.Location, $"the articles {string.Join(" and ", twin.Select(a => $"'{a.Slug}'"))} are both translations in '{twin.Key}' of one story",
                    "name one article per language under 'translations'; an article that tells another story is not a translation.");
            }

            foreach (var member in members)
            {
                groups[member.Slug] = members;
            }
        }

        return new TranslationGroups(groups, siteLanguage);
    }
}
