namespace Generator.Content;

/// <summary>An "ALSO READ" line: a title, linked when the story has an address.</summary>
public sealed record RelatedLink(string Title, string? Url);
