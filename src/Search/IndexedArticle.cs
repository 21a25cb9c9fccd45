namespace Generator.Search;

/// <summary>
/// An article read for the index this build: each result's words with their scores, and each result's head
/// (<see cref="ResultHeads"/>), which the shards carry for the results their words rank first. Its text file
/// (<see cref="SearchIndexFiles.ArticleText"/>) is written when it is read, not held until the index is.
/// </summary>
public sealed record IndexedArticle(IReadOnlyList<IReadOnlyCollection<KeyValuePair<string, int>>> Scores, string[] Heads)
{
    public static IndexedArticle Of(SearchPage page) =>
        new(page.Parts.Select(part => part.Scores).ToList(), ResultHeads.Of(page, isTerm: false));
}
