using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>Renders the anchored words as a highlight followed by the note's number, linked to the note.</summary>
public sealed class HtmlNoteAnchorRenderer : HtmlObjectRenderer<NoteAnchorInline>
{
    protected override void Write(HtmlRenderer renderer, NoteAnchorInline anchor)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(anchor);
            return;
        }

        var number = anchor.Number.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<mark class=\"note-anchor\" id=\"").Write(NoteIds.Anchor(anchor.Number)).Write("\">");
        renderer.WriteChildren(anchor);
        renderer.Write("</mark><sup class=\"note-marker\"><a href=\"#").Write(NoteIds.Note(anchor.Number))
            .Write("\" aria-label=\"Note ").Write(number).Write("\">").Write(number).Write("</a></sup>");
    }
}
