namespace Generator.Search;

/// <summary>An article read for the index this build: each result's words with their scores, and its text file.</summary>
public sealed record IndexedArticle(IReadOnlyList<IReadOnlyDictionary<string, int>> Scores, byte[] Text);
