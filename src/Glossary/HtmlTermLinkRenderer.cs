using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>Renders a <see cref="TermLinkInline"/> with <see cref="TermLinkMarkup"/> around the words as the editor wrote them.</summary>
public sealed class HtmlTermLinkRenderer : HtmlObjectRenderer<TermLinkInline>, Localization.ILocalizedRenderer
{
    public Localization.LanguageStrings? Strings { private get; set; }

    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write(TermLinkMarkup.Opening(link.Term, link.TooltipId, link.EndnoteNumber));
        renderer.WriteChildren(link);
        var strings = Strings ?? throw new InvalidOperationException("prose with term links is rendered with the strings of its language");
        renderer.Write(TermLinkMarkup.Closing(link.Term, link.TooltipId, TermLinkMarkup.MoreAbout(link.Term, strings)));
    }
}
