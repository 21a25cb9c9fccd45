using Generator.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>
/// Renders a term link as a real link to the term's page (it works without JavaScript) followed by a pop-up with
/// its definition in a <c>role="tooltip"</c> element that describes the link, and a "more" link for pointer users.
/// The "more" link sits outside the tooltip and out of the tab order: nothing focusable may be inside a tooltip, and
/// keyboard users already have the term link itself, which goes to the same page. CSS shows the pop-up on hover and
/// focus; the theme's script adds Escape to dismiss and touch support.
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
        if (link.EndnoteNumber is { } number)
        {
            renderer.Write("\" data-endnote=\"");
            renderer.Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        renderer.Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a><span class=\"term-popup\"><span class=\"term-tip\" role=\"tooltip\" id=\"");
        renderer.WriteEscape(link.TooltipId);
        renderer.Write("\">");
        renderer.WriteEscape(link.Term.Short);
        renderer.Write("</span> <a class=\"term-more\" href=\"");
        renderer.WriteEscapeUrl(SiteUrls.Term(link.Term.Slug));
        renderer.Write("\" tabindex=\"-1\" aria-hidden=\"true\">More about ");
        renderer.WriteEscape(link.Term.Name);
        renderer.Write("</a></span></span>");
    }
}
