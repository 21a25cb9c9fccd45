using Generator.Content;

namespace Generator.Rendering;

public sealed record RenderedArticle(Article Article, string StandfirstHtml, IReadOnlyList<RenderedSection> Sections);
