using Markdig.Syntax;

namespace Generator.Annotations;

/// <summary>
/// A note placed right after the paragraph that holds its anchor: beside that paragraph in the margin on wide screens,
/// an expandable note under it on narrow ones.
/// </summary>
public sealed class SidenoteBlock(int number, string html) : LeafBlock(null)
{
    public int Number { get; } = number;

    /// <summary>The note's text, rendered from its Markdown.</summary>
    public string Html { get; } = html;
}
