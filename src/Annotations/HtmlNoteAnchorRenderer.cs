using System.Globalization;
using Generator.Localization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>Renders the anchored words as a highlight followed by the note's number, linked to the note.</summary>
public sealed class HtmlNoteAnchorRenderer : HtmlObjectRenderer<NoteAnchorInline>, ILocalizedRenderer
{
    public LanguageStrings? Strings { private get; set; }

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
            .Write("\" aria-label=\"").Write(Label(Strings, GeneratedStrings.Note, number)).Write("\">").Write(number).Write("</a></sup>");
    }

    /// <summary>A note's label in the language of the text, escaped for an attribute.</summary>
    internal static string Label(LanguageStrings? strings, string key, string number) =>
        Glossary.TermLinkMarkup.Escape((strings ?? throw new InvalidOperationException("notes are rendered with the strings of their language"))
            .Generated(key, ("number", number)));
}
