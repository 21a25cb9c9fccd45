using System.Globalization;
using Generator.Localization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>
/// Renders a sidenote. The note is readable without JavaScript; the toggle button is hidden until the theme's script
/// uses it to fold notes away on narrow screens (a real button with <c>aria-expanded</c>, not a hidden checkbox).
/// </summary>
public sealed class HtmlSidenoteRenderer : HtmlObjectRenderer<SidenoteBlock>, ILocalizedRenderer
{
    public LanguageStrings? Strings { private get; set; }

    protected override void Write(HtmlRenderer renderer, SidenoteBlock note)
    {
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        var id = NoteIds.Note(note.Number);
        var label = HtmlNoteAnchorRenderer.Label(Strings, GeneratedStrings.Note, number);
        renderer.EnsureLine();
        renderer.Write("<aside class=\"sidenote\" id=\"").Write(id).Write("\" aria-label=\"").Write(label).Write("\">");
        renderer.Write("<span class=\"sidenote-number\" aria-hidden=\"true\">").Write(number).Write("</span>");
        renderer.Write("<button type=\"button\" class=\"sidenote-toggle\" aria-expanded=\"true\" aria-controls=\"").Write(id).Write("-text\" hidden>").Write(label)
            .Write("</button>");
        renderer.Write("<div class=\"sidenote-text\" id=\"").Write(id).Write("-text\">").Write(note.Html)
            .Write("<a class=\"sidenote-back\" href=\"#").Write(NoteIds.Anchor(note.Number)).Write("\" aria-label=\"").Write(HtmlNoteAnchorRenderer.Label(Strings, GeneratedStrings.BackToNote, number)).Write("\">↩</a></div>");
        renderer.WriteLine("</aside>");
    }
}
