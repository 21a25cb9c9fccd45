using Fluid;
using Fluid.Values;
using Generator.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>
/// Renders the anchored words through the theme's <c>partials/note-anchor.liquid</c>: in the built-in theme a highlight
/// followed by the note's number, linked to the note. One renderer writes one document on one thread, so it is its own
/// <see cref="IPartialUse"/>.
/// </summary>
public sealed class HtmlNoteAnchorRenderer : HtmlObjectRenderer<NoteAnchorInline>, IProseMarkupRenderer, IPartialUse
{
    private HtmlRenderer? _renderer;
    private NoteAnchorInline? _anchor;

    public ProseMarkup? Markup { private get; set; }

    protected override void Write(HtmlRenderer renderer, NoteAnchorInline anchor)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(anchor);
            return;
        }

        var markup = Markup ?? throw new InvalidOperationException("notes are rendered with the theme's partials and the strings of their language");
        if (markup.Partials.NoteAnchor is not { } partial)
        {
            renderer.WriteChildren(anchor);
            return;
        }

        // A note anchored inside another's quote is written while the outer one is: its use ends, the outer one's goes on.
        var outer = (_renderer, _anchor);
        (_renderer, _anchor) = (renderer, anchor);
        try
        {
            partial.Write(this, NoteModel.Key(anchor.Number, markup.Strings), markup.Diagnostics);
        }
        finally
        {
            (_renderer, _anchor) = outer;
        }
    }

    void IPartialUse.SetSharedValues(TemplateContext context) => NoteModel.SetShared(context, Anchor.Number, Markup!.Strings);

    bool IPartialUse.HasValue(int hole) => true;

    void IPartialUse.WriteHtml(string html) => Renderer.Write(html);

    void IPartialUse.WriteHole(int hole) => Renderer.WriteChildren(Anchor);

    FluidValue IPartialUse.HoleValue(int hole) => new StringValue(Glossary.HtmlTermLinkRenderer.ChildrenHtml(Renderer, Anchor), encode: false);

    void IPartialUse.WriteWithoutMarkup() => Renderer.WriteChildren(Anchor);

    private HtmlRenderer Renderer => _renderer!;

    private NoteAnchorInline Anchor => _anchor!;
}
