using Generator.Prose;
using Markdig.Syntax.Inlines;

namespace Generator.Annotations;

/// <summary>The words of a section a note is anchored to; rendered highlighted with the note's number after them.</summary>
public sealed class NoteAnchorInline : ContainerInline, IProseContainer
{
    /// <summary>
    /// The note's number, counted through the whole article in reading order: given once every note of the section is
    /// anchored, since a note listed later in the front matter may be anchored earlier in the prose.
    /// </summary>
    public int Number { get; set; }
}
