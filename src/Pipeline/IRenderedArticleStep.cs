using Generator.Rendering;

namespace Generator.Pipeline;

/// <summary>
/// A step that takes each article as soon as it is rendered, while its HTML and its files are still held: the build
/// registers such steps in order and hands every article to each (<see cref="BuildPipeline"/>), instead of one callback
/// that grows with every feature. Once every step has taken an article, the build lets the article's text go.
/// </summary>
public interface IRenderedArticleStep
{
    /// <summary>Takes one article; called from parallel threads, once per article.</summary>
    /// <param name="position">The article's place among the build's articles (newest first), the same in every step.</param>
    void Take(RenderedArticle article, int position);
}
