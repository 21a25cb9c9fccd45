using Generator.Content.Time;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// A correction notice on an article (<c>corrections: [{at, text}]</c>): when it was made and what it says, as HTML
/// for pages and the feed and as plain text for JSON-LD. Corrections are short and outside the prose, so their text is
/// not linked to the glossary.
/// </summary>
public sealed record Correction(ContentTime At, string Html, string PlainText, SourceLocation Location);
