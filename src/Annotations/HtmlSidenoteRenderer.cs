using Fluid;
using Fluid.Values;
using Generator.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>
/// Renders a sidenote through the theme's <c>partials/sidenote.liquid</c>, on lines of its own. In the built-in theme
/// the note is readable without JavaScript; the toggle button is hidden until the theme's script uses it to fold notes
/// away on narrow screens (a real button with <c>aria-expanded</c>, not a hidden checkbox).
/// </summary>
public sealed class HtmlSidenoteRenderer : HtmlObjectRenderer<SidenoteBlock>, IProseMarkupRenderer, IPartialUse
{
    private HtmlRenderer? _renderer;
    private SidenoteBlock? _note;

    public ProseMarkup? Markup { private get; set; }

    protected override void Write(HtmlRenderer renderer, SidenoteBlock note)
    {
        var markup = Markup ?? throw new InvalidOperationException("notes are rendered with the theme's partials and the strings of their language");
        renderer.EnsureLine();
        if (markup.Partials.Sidenote is { } partial)
        {
            // The fields are this use's only while its partial is written (uses never nest here, as notes' anchors can).
            var outer = (_renderer, _note);
            (_renderer, _note) = (renderer, note);
            try
            {
                partial.Write(this, NoteModel.Key(note.Number, markup.Strings), markup.Diagnostics);
            }
            finally
            {
                (_renderer, _note) = outer;
            }
        }
        else
        {
            renderer.Write(note.Html);
        }

        renderer.WriteLine();
    }

    void IPartialUse.SetSharedValues(TemplateContext context) => NoteModel.SetShared(context, Note.Number, Markup!.Strings);

    bool IPartialUse.HasValue(int hole) => true;

    void IPartialUse.WriteHtml(string html) => Renderer.Write(html);

    void IPartialUse.WriteHole(int hole) => Renderer.Write(Note.Html);

    FluidValue IPartialUse.HoleValue(int hole) => new StringValue(Note.Html, encode: false);

    void IPartialUse.WriteWithoutMarkup() => Renderer.Write(Note.Html);

    private HtmlRenderer Renderer => _renderer!;

    private SidenoteBlock Note => _note!;
}
