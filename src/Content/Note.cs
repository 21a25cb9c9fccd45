using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// An editor's annotation: <see cref="Quote"/> is a short run of the section's own words the note is anchored to,
/// <see cref="Text"/> is the note itself in Markdown.
/// </summary>
public sealed record Note(string Quote, string Text, SourceLocation Location);
