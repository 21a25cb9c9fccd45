using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>Prose linked to a glossary term; its children are the words as the editor wrote them (emphasis included).</summary>
public sealed class TermLinkInline(Term term, string tooltipId) : ContainerInline
{
    public Term Term { get; } = term;

    /// <summary>The id of the definition element, unique within the page, that the link's <c>aria-describedby</c> names.</summary>
    public string TooltipId { get; } = tooltipId;

    /// <summary>The term's number in the article's printed list of definitions, once the whole article is linked.</summary>
    public int? EndnoteNumber { get; set; }
}
