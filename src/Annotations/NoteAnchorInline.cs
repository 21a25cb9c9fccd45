using Generator.Prose;
using Markdig.Syntax.Inlines;

namespace Generator.Annotations;

/// <summary>The words of a section a note is anchored to; rendered highlighted with the note's number after them.</summary>
public sealed class NoteAnchorInline(int number) : ContainerInline, IProseContainer
{
    /// <summary>The note's number, counted through the whole article.</summary>
    public int Number { get; } = number;
}
