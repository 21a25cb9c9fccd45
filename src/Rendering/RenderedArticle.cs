using Generator.Content;
using Generator.Glossary;

namespace Generator.Rendering;

/// <summary>An article after rendering; <see cref="Definitions"/> are its linked terms, numbered for print.</summary>
public sealed record RenderedArticle(Article Article, string StandfirstHtml, IReadOnlyList<RenderedSection> Sections, IReadOnlyList<Term> Definitions);
