namespace Generator.Diagnostics;

/// <summary>A text value from front matter with the place it was written, for values checked later (slugs, references).</summary>
public sealed record LocatedText(string Value, SourceLocation Location);
