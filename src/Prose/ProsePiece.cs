using Markdig.Syntax.Inlines;

namespace Generator.Prose;

/// <summary>
/// One leaf of the syntax tree that contributes visible text to a <see cref="ProseRun"/>, and where that text sits in the run.
/// Only literal pieces can be split; a smart quote or an entity is one indivisible character (or a few).
/// </summary>
public sealed class ProsePiece(Inline node, int start, int length, bool splittable)
{
    public Inline Node { get; set; } = node;

    public int Start { get; set; } = start;

    public int Length { get; set; } = length;

    public int End => Start + Length;

    public bool Splittable { get; } = splittable;
}
