using Generator.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>
/// Renders a term link as a real link to the term's page (it works without JavaScript) followed by its definition
/// in a <c>role="tooltip"</c> element that describes the link. CSS shows the definition on hover and focus;
/// the theme's script adds Escape to dismiss and touch support.
/// </summary>
public sealed class HtmlTermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<span class=\"term\"><a class=\"term-link\" href=\"");
        renderer.WriteEscapeUrl(SiteUrls.Term(link.Term.Slug));
        renderer.Write("\" data-term=\"");
        renderer.WriteEscape(link.Term.Slug);
        renderer.Write("\" aria-describedby=\"");
        renderer.WriteEscape(link.TooltipId);
        renderer.Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"");
        renderer.WriteEscape(link.TooltipId);
        renderer.Write("\">");
        renderer.WriteEscape(link.Term.Short);
        renderer.Write("</span></span>");
    }
}
