using Markdig;
using Markdig.Renderers;

namespace Generator.Annotations;

/// <summary>Teaches Markdig's HTML renderer to write <see cref="NoteAnchorInline"/>, <see cref="SidenoteBlock"/> and <see cref="AnnotatedBlock"/> nodes.</summary>
public sealed class NoteAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Note anchors are added to the syntax tree by AnchorNotes after parsing, not by a parser.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlNoteAnchorRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlNoteAnchorRenderer());
            html.ObjectRenderers.Insert(0, new HtmlSidenoteRenderer());
            html.ObjectRenderers.Insert(0, new HtmlAnnotatedBlockRenderer());
        }
    }
}
