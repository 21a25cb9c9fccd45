namespace Generator.Search;

/// <summary>
/// One search result: an article's opening (its title and standfirst), one of its sections, or a glossary term. It
/// links to <paramref name="Url"/>, shows <paramref name="Title"/>, and a snippet of <paramref name="Text"/> around
/// the words matched; <paramref name="Scores"/> holds each of its normalized words with its <see cref="SearchWeight"/> score.
/// </summary>
public sealed record SearchPart(string Title, string Url, string Text, IReadOnlyCollection<KeyValuePair<string, int>> Scores);
