using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Annotations;

/// <summary>Renders an <see cref="AnnotatedBlock"/> as a plain wrapper the stylesheet lays out.</summary>
public sealed class HtmlAnnotatedBlockRenderer : HtmlObjectRenderer<AnnotatedBlock>
{
    protected override void Write(HtmlRenderer renderer, AnnotatedBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"annotated\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
