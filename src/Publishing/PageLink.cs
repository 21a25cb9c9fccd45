namespace Generator.Publishing;

/// <summary>An address found in a page, with the id of the article section it sits in (null outside one).</summary>
/// <remarks>A value: a large site's pages hold hundreds of thousands of them until the checks run.</remarks>
public readonly record struct PageLink(string Address, string? Section);
