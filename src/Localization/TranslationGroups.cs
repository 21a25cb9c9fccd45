using Generator.Content;
using Generator.Incremental;

namespace Generator.Localization;

/// <summary>
/// Articles that are one story in several languages, linked by their <c>translations</c>: each article's group holds
/// it and every article it is a translation of, directly or through another, one per language, ordered by language.
/// The pages of a group link each other both ways (<c>hreflang</c> alternates and a language switch), whichever side
/// named the other.
/// </summary>
public sealed class TranslationGroups(IReadOnlyDictionary<string, IReadOnlyList<Article>> groups, string siteLanguage)
{
    /// <summary>The article's group, itself included; empty when it has no translation.</summary>
    public IReadOnlyList<Article> Of(string slug) => groups.GetValueOrDefault(slug) ?? [];

    /// <summary>The groups as this build publishes them: drafts left out and scheduled articles are no part of them.</summary>
    public TranslationGroups Among(IReadOnlyList<Article> published)
    {
        var slugs = published.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var kept = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        foreach (var (slug, members) in groups)
        {
            var publishedMembers = members.Where(member => slugs.Contains(member.Slug)).ToList();
            if (slugs.Contains(slug) && publishedMembers.Count > 1)
            {
                kept[slug] = publishedMembers;
            }
        }

        return new TranslationGroups(kept, siteLanguage);
    }

    /// <summary>
    /// What an article's page shows of its group — each member's language, its name in that language, address and
    /// title — as a version: the page is made again when another article joins, leaves or changes its title.
    /// </summary>
    public string VersionOf(string slug, StringsCatalogue strings)
    {
        var fingerprint = new Fingerprint();
        foreach (var member in Of(slug))
        {
            var language = member.LanguageOr(siteLanguage);
            fingerprint.Add(language).Add(strings.Of(language).Generated(GeneratedStrings.LanguageName)).Add(member.Slug).Add(member.Title);
        }

        return fingerprint.Finish();
    }
}
