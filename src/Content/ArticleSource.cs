namespace Generator.Content;

/// <summary>Where an article was first published (an agency, a wire), shown as a credit.</summary>
public sealed record ArticleSource(string Name, string? Url);
