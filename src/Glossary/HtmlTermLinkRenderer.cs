using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>Renders a <see cref="TermLinkInline"/> with <see cref="TermLinkMarkup"/> around the words as the editor wrote them.</summary>
public sealed class HtmlTermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write(TermLinkMarkup.Opening(link.Term, link.TooltipId, link.EndnoteNumber));
        renderer.WriteChildren(link);
        renderer.Write(TermLinkMarkup.Closing(link.Term, link.TooltipId));
    }
}
