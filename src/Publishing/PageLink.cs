namespace Generator.Publishing;

/// <summary>An address found in a page, with the id of the article section it sits in (null outside one).</summary>
public sealed record PageLink(string Address, string? Section);
