namespace Generator.Search;

/// <summary>
/// An article read for the index this build: each result's words with their scores, its text file, and each result's
/// head (<see cref="SearchIndexFiles.Heads"/>), which the shards carry for the results their words rank first.
/// </summary>
public sealed record IndexedArticle(IReadOnlyList<IReadOnlyDictionary<string, int>> Scores, byte[] Text, string[] Heads)
{
    public static IndexedArticle Of(SearchPage page) =>
        new(page.Parts.Select(part => part.Scores).ToList(), SearchIndexFiles.ArticleText(page), SearchIndexFiles.Heads(page, isTerm: false));
}
