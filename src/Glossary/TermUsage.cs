using Generator.Content;

namespace Generator.Glossary;

/// <summary>A back-reference: a section whose prose links the term, or (no section) the article's standfirst.</summary>
public sealed record TermUsage(Article Article, Section? Section);
