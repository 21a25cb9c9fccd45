namespace Generator.Content.FrontMatter;

/// <summary>One <c>key: value</c> pair of a mapping, keeping the key's own location for "unknown key" errors.</summary>
public sealed record FrontMatterEntry(FrontMatterScalar Key, FrontMatterNode Value);
