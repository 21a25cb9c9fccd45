namespace Generator.Incremental;

/// <summary>
/// The HTML of a rendered article's sections as the cache keeps it, in order, with the output
/// fingerprint of the record it belongs to — a build that fails after rendering an article has written its new HTML but
/// not the index, and the HTML must never be taken with another record than its own.
/// </summary>
public sealed record ArticleProse(string OutputFingerprint, IReadOnlyList<string> SectionsHtml);
