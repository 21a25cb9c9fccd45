using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Localization;

/// <summary>
/// Every language the content is written in needs the theme's strings for it: site.yml's <c>language</c> and each
/// article's and term's own. One without a strings file is an error where the language is named, before anything is rendered.
/// </summary>
public static class CheckLanguages
{
    /// <returns>Whether every language has its strings, so the content can be rendered.</returns>
    public static bool Run(ContentSet content, StringsCatalogue strings, DiagnosticBag diagnostics)
    {
        Check(content.Site.Language, content.Site.LanguageLocation, "site.yml's 'language'", strings, diagnostics);
        foreach (var article in content.Articles)
        {
            if (article.Language is { } language)
            {
                Check(language.Value, language.Location, "the article's 'language'", strings, diagnostics);
            }
        }

        foreach (var term in content.Terms)
        {
            if (term.Language is { } language)
            {
                Check(language.Value, language.Location, "the term's 'language'", strings, diagnostics);
            }

            // The derived plurals are English ones: in another language they would be words no one writes.
            var termLanguage = term.LanguageOr(content.Site.Language);
            if (term.DerivedPluralsLocation is { } plural && LanguageTag.Primary(termLanguage) != "en")
            {
                diagnostics.Error(plural, $"'plural: true' derives English plurals, but the term is in '{termLanguage}'",
                    "list the forms the prose uses instead, under 'aliases' or as 'plural: [form, form]'.");
            }
        }

        return strings.For(content.Site.Language) is not null
            && content.Articles.All(a => a.Language is null || strings.For(a.Language.Value) is not null)
            && content.Terms.All(t => t.Language is null || strings.For(t.Language.Value) is not null);
    }

    private static void Check(string language, SourceLocation location, string what, StringsCatalogue strings, DiagnosticBag diagnostics)
    {
        if (strings.For(language) is not null || strings.IsUnreadable(language))
        {
            return;
        }

        var known = string.Join(", ", strings.Languages);
        diagnostics.Error(location, $"{what} is '{language}', but the theme has no strings for it (it has {known})",
            $"use one of {known}, or add theme/i18n/{LanguageTag.Primary(language)}.yml with the theme's strings in that language (docs/themes.md, \"Languages\").");
    }
}
