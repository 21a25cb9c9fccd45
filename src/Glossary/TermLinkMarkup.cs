using System.Globalization;
using Generator.Rendering;

namespace Generator.Glossary;

/// <summary>
/// The markup of a term link, in one place for the two writers of it: the Markdown renderer (prose) and the
/// <c>link_terms</c> layout filter (captions and other front-matter text a theme chooses to link). The link is a real
/// link to the term's page; after it, a pop-up holds the definition in a <c>role="tooltip"</c> element that describes
/// the link, and a "more" link for pointer users outside the tooltip and out of the tab order (nothing focusable may
/// be inside a tooltip, and keyboard users already have the term link itself, which goes to the same page).
/// </summary>
public static partial class TermLinkMarkup
{
    public static string Opening(Term term, string tooltipId, int? endnoteNumber)
    {
        var endnote = endnoteNumber is { } number ? $" data-endnote=\"{number.ToString(CultureInfo.InvariantCulture)}\"" : "";
        return $"<span class=\"term\"><a class=\"term-link\" href=\"{Escape(SiteUrls.Term(term.Slug))}\" data-term=\"{Escape(term.Slug)}\" aria-describedby=\"{Escape(tooltipId)}\"{endnote}>";
    }

    /// <param name="moreAbout">The text of the link to the term's page, in the language of the text ("More about Donbas").</param>
    public static string Closing(Term term, string tooltipId, string moreAbout) =>
        $"</a><span class=\"term-popup\"><span class=\"term-tip\" role=\"tooltip\" id=\"{Escape(tooltipId)}\">{Escape(term.Short)}</span> " +
        $"<a class=\"term-more\" href=\"{Escape(SiteUrls.Term(term.Slug))}\" tabindex=\"-1\" aria-hidden=\"true\">{Escape(moreAbout)}</a></span></span>";

    /// <summary>The text of the pop-up's link to the term's page, in the language of <paramref name="strings"/>.</summary>
    public static string MoreAbout(Term term, Localization.LanguageStrings strings) =>
        strings.Generated(Localization.GeneratedStrings.MoreAbout, ("term", term.Name));

    /// <summary>Escapes for HTML text and double-quoted attributes, leaving every other character as it is.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// Plain text with the first occurrence of each glossary term linked, for the <c>link_terms</c> layout filter.
    /// <paramref name="nextId"/> gives each definition an id unique on the page.
    /// </summary>
    public static string LinkText(string text, GlossaryIndex glossary, Localization.LanguageStrings strings, Func<Term, string> nextId)
    {
        var html = new System.Text.StringBuilder(text.Length);
        var linked = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var position = 0;
        foreach (var match in glossary.Matcher.FindAll(text).Where(m => linked.Add(m.Term)))
        {
            var id = nextId(match.Term);
            html.Append(Escape(text[position..match.Start]))
                .Append(Opening(match.Term, id, endnoteNumber: null))
                .Append(Escape(text.Substring(match.Start, match.Length)))
                .Append(Closing(match.Term, id, MoreAbout(match.Term, strings)));
            position = match.End;
        }

        return html.Append(Escape(text[position..])).ToString();
    }

    /// <summary>
    /// The HTML without the definitions' pop-ups, keeping the term links: for readers that drop the site's CSS (feeds),
    /// where definitions would interrupt the sentences, and for the text an article publishes.
    /// </summary>
    public static string WithoutPopups(string html) => Popup().Replace(html, "");

    // The pop-up's markup is this class's own (Closing): the tooltip text is escaped, so the first "</a></span>" after
    // the pop-up's start is its end.
    [System.Text.RegularExpressions.GeneratedRegex("<span class=\"term-popup\">.*?</a></span>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Popup();
}
