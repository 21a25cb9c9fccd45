using Generator.Rendering;
using Generator.Search;

namespace Generator.Pipeline;

/// <summary>
/// The search index's part in rendering: each article is read for the index on the thread that rendered it, while its
/// files are still held (<see cref="BuildSearchIndex.Add"/>).
/// </summary>
public sealed class ReadForSearch(BuildSearchIndex index) : IRenderedArticleStep
{
    public void Take(RenderedArticle article, int position) => index.Add(article);
}
