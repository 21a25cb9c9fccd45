using Generator.Glossary;

namespace Generator.Content;

/// <summary>Everything the input folder holds, read and validated: the starting point of rendering.</summary>
public sealed record ContentSet(
    SiteSettings Site,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Term> Terms,
    IReadOnlyList<AssetFile> Assets)
{
    /// <summary>Articles with <c>draft: true</c> that this build leaves out (none when drafts are included).</summary>
    public IReadOnlyList<Article> LeftOutDrafts { get; init; } = [];

    /// <summary>
    /// False when a content file had errors: it may have been left out, so what no article uses is not known.
    /// </summary>
    public bool Complete { get; init; } = true;
}
