namespace Generator.Search;

/// <summary>
/// An article as the index's files need it: each result's words with their scores, and its text file — null when the
/// output folder already holds that file as this build would write it (the article and its number are unchanged).
/// </summary>
public sealed record IndexedArticle(IReadOnlyList<IReadOnlyDictionary<string, int>> Scores, byte[]? Text);
