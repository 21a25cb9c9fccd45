using System.Globalization;
using Generator.Rendering;

namespace Generator.Glossary;

/// <summary>
/// What the generator itself knows of a term link's markup, whose HTML is the theme's
/// (<c>partials/term-link.liquid</c>, <see cref="TermLinkModel"/>): its words, how front-matter text is linked for the
/// <c>link_terms</c> layout filter, and how the pop-ups are left out where a reader has no stylesheet.
/// </summary>
public static partial class TermLinkMarkup
{
    /// <summary>The text of the pop-up's link to the term's page, in the language of <paramref name="strings"/>.</summary>
    public static string MoreAbout(Term term, Localization.LanguageStrings strings) =>
        strings.Generated(Localization.GeneratedStrings.MoreAbout, ("term", term.Name));

    /// <summary>Escapes for HTML text and double-quoted attributes, leaving every other character as it is.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// Plain text with the first occurrence of each glossary term linked through the theme's term-link partial, for the
    /// <c>link_terms</c> layout filter. <paramref name="nextId"/> gives each definition an id unique on the page.
    /// </summary>
    public static string LinkText(string text, GlossaryIndex glossary, ProseMarkup markup, Func<Term, string> nextId)
    {
        var html = new System.Text.StringBuilder(text.Length);
        var linked = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var position = 0;
        foreach (var match in glossary.Matcher.FindAll(text).Where(m => linked.Add(m.Term)))
        {
            html.Append(Escape(text[position..match.Start]));
            var use = new LinkedText(html, match.Term, markup.Strings, nextId(match.Term), Escape(text.Substring(match.Start, match.Length)));
            if (markup.Partials.TermLink is { } partial)
            {
                partial.Write(use, TermLinkModel.Key(match.Term, markup.Strings, endnoteNumber: null), markup.Diagnostics);
            }
            else
            {
                use.WriteWithoutMarkup();
            }

            position = match.End;
        }

        return html.Append(Escape(text[position..])).ToString();
    }

    /// <summary>
    /// The HTML without the definitions' pop-ups, keeping the term links: for readers that drop the site's CSS (feeds),
    /// where definitions would interrupt the sentences, and for the text an article publishes. A pop-up is the element
    /// whose class is <c>term-popup</c>, whatever the theme's term-link partial makes it, up to its matching end tag.
    /// </summary>
    public static string WithoutPopups(string html)
    {
        var popups = Popups(html);
        if (popups.Count == 0)
        {
            return html;
        }

        var kept = new System.Text.StringBuilder(html.Length);
        var position = 0;
        foreach (var popup in popups)
        {
            kept.Append(html, position, popup.Start.Value - position);
            position = popup.End.Value;
        }

        return kept.Append(html, position, html.Length - position).ToString();
    }

    /// <summary>Where the definitions' pop-ups are in the HTML (each element whole, in order; see <see cref="WithoutPopups"/>).</summary>
    public static IReadOnlyList<Range> Popups(string html)
    {
        var popups = new List<Range>();
        for (var popup = PopupStart().Match(html); popup.Success; popup = PopupStart().Match(html, popups[^1].End.Value))
        {
            popups.Add(popup.Index..EndOfElement(html, popup.Groups["name"].Value, popup.Index + popup.Length));
        }

        return popups;
    }

    /// <summary>Where the element named <paramref name="name"/> whose start tag ends at <paramref name="start"/> ends: after its matching end tag.</summary>
    private static int EndOfElement(string html, string name, int start)
    {
        var depth = 1;
        for (var tag = Tag().Match(html, start); tag.Success; tag = tag.NextMatch())
        {
            if (!tag.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase) || tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            depth += tag.Groups["end"].Success ? -1 : 1;
            if (depth == 0)
            {
                return tag.Index + tag.Length;
            }
        }

        return html.Length;
    }

    // Attribute values the generator and the partials write are escaped, so no '>' is inside a tag.
    [System.Text.RegularExpressions.GeneratedRegex("""<(?<name>[a-zA-Z][\w-]*)\b[^>]*\sclass="(?:[^"]*\s)?term-popup(?:\s[^"]*)?"[^>]*>""")]
    private static partial System.Text.RegularExpressions.Regex PopupStart();

    [System.Text.RegularExpressions.GeneratedRegex("""<(?<end>/)?(?<name>[a-zA-Z][\w-]*)\b[^>]*>""")]
    private static partial System.Text.RegularExpressions.Regex Tag();

    /// <summary>One term linked in front-matter text: the words, escaped, in the partial's markup.</summary>
    private sealed class LinkedText(System.Text.StringBuilder html, Term term, Localization.LanguageStrings strings, string tooltipId, string wordsHtml) : IPartialUse
    {
        public void SetSharedValues(Fluid.TemplateContext context) => TermLinkModel.SetShared(context, term, strings);

        public bool HasValue(int hole) => TermLinkModel.HasValue(hole, endnoteNumber: null);

        public void WriteHtml(string markup) => html.Append(markup);

        public void WriteHole(int hole) => html.Append(hole == TermLinkModel.WordsHole ? wordsHtml : TermLinkModel.HoleHtml(hole, tooltipId, endnoteNumber: null));

        public Fluid.Values.FluidValue HoleValue(int hole) => TermLinkModel.HoleValue(hole, tooltipId, endnoteNumber: null, wordsHtml);

        public void WriteWithoutMarkup() => html.Append(wordsHtml);
    }
}
