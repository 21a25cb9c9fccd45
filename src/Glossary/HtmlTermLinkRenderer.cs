using Fluid;
using Fluid.Values;
using Generator.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>
/// Renders a <see cref="TermLinkInline"/> through the theme's <c>partials/term-link.liquid</c>, with the words as the
/// editor wrote them. One renderer writes one document on one thread, so it is its own <see cref="IPartialUse"/>.
/// </summary>
public sealed class HtmlTermLinkRenderer : HtmlObjectRenderer<TermLinkInline>, IProseMarkupRenderer, IPartialUse
{
    private HtmlRenderer? _renderer;
    private TermLinkInline? _link;

    public ProseMarkup? Markup { private get; set; }

    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        var markup = Markup ?? throw new InvalidOperationException("prose with term links is rendered with the theme's partials and the strings of its language");
        if (!renderer.EnableHtmlForInline || markup.Partials.TermLink is not { } partial)
        {
            renderer.WriteChildren(link);
            return;
        }

        // The fields are this use's only while its partial is written (uses never nest here, as notes' anchors can).
        var outer = (_renderer, _link);
        (_renderer, _link) = (renderer, link);
        try
        {
            partial.Write(this, TermLinkModel.Key(link.Term, markup.Strings, link.EndnoteNumber), markup.Diagnostics);
        }
        finally
        {
            (_renderer, _link) = outer;
        }
    }

    void IPartialUse.SetSharedValues(TemplateContext context) => TermLinkModel.SetShared(context, Link.Term, Markup!.Strings);

    bool IPartialUse.HasValue(int hole) => TermLinkModel.HasValue(hole, Link.EndnoteNumber);

    void IPartialUse.WriteHtml(string html) => Renderer.Write(html);

    void IPartialUse.WriteHole(int hole)
    {
        if (hole == TermLinkModel.WordsHole)
        {
            Renderer.WriteChildren(Link);
        }
        else
        {
            Renderer.Write(TermLinkModel.HoleHtml(hole, Link.TooltipId, Link.EndnoteNumber));
        }
    }

    FluidValue IPartialUse.HoleValue(int hole) =>
        TermLinkModel.HoleValue(hole, Link.TooltipId, Link.EndnoteNumber, hole == TermLinkModel.WordsHole ? ChildrenHtml(Renderer, Link) : "");

    void IPartialUse.WriteWithoutMarkup() => Renderer.WriteChildren(Link);

    private HtmlRenderer Renderer => _renderer!;

    private TermLinkInline Link => _link!;

    /// <summary>The linked words as HTML, for a partial rendered whole.</summary>
    internal static string ChildrenHtml(HtmlRenderer renderer, Markdig.Syntax.Inlines.ContainerInline container)
    {
        var writer = renderer.Writer;
        using var words = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Writer = words;
        try
        {
            renderer.WriteChildren(container);
        }
        finally
        {
            renderer.Writer = writer;
        }

        return words.ToString();
    }
}
