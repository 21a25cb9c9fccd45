namespace Generator.Search;

/// <summary>
/// What the index holds of one page of the site: an article (its opening and each section a part) or a glossary term
/// (one part). <paramref name="Key"/> orders the pages and so numbers them: articles by date, then slug, so a new
/// story usually takes the next number and leaves every other number as it was.
/// </summary>
public sealed record SearchPage(string Key, string Title, string Url, IReadOnlyList<SearchPart> Parts);
