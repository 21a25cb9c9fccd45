namespace Generator.Glossary;

/// <summary>How often a term is linked, set by <c>glossary.link</c> in site.yml.</summary>
public enum LinkDensity
{
    /// <summary>The first occurrence in each section: news readers jump into sections from search and shares.</summary>
    FirstInSection,

    /// <summary>The first occurrence in the article only.</summary>
    FirstInArticle,

    /// <summary>Every occurrence.</summary>
    Every,
}
