using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Generator.Rendering;
using Markdig.Syntax;

namespace Generator.Tests.Properties;

/// <summary>Markdown rendered through the site's pipeline, as HTML text and as a DOM, after an optional annotation step.</summary>
internal sealed partial class RenderedProse
{
    /// <summary>What annotation adds that is not prose: the term pop-ups (definition and "more" link) and note markers.</summary>
    private const string AddedMarkup = ".term-popup, .term-tip, .term-more, sup.note-marker";

    private RenderedProse(MarkdownDocument tree, string html)
    {
        Tree = tree;
        Html = html;
        Page = new HtmlParser().ParseDocument("<body>" + html + "</body>");
    }

    public MarkdownDocument Tree { get; }

    public string Html { get; }

    public IHtmlDocument Page { get; }

    public static RenderedProse Render(string markdown, Action<MarkdownDocument>? annotate = null)
    {
        var tree = MarkdownSetup.Parse(markdown);
        annotate?.Invoke(tree);
        return new RenderedProse(tree, MarkdownSetup.ToHtml(tree, Support.ThemeStrings.English));
    }

    /// <summary>The text a reader sees in the prose itself, without what annotation adds beside it.</summary>
    public string VisibleText()
    {
        var copy = (IHtmlDocument)Page.Clone(deep: true);
        foreach (var added in copy.QuerySelectorAll(AddedMarkup).ToList())
        {
            added.Remove();
        }

        return copy.Body!.TextContent;
    }

    public IEnumerable<IElement> TermLinks => Page.QuerySelectorAll("a.term-link");

    /// <summary>
    /// The deepest nesting of <c>a</c> elements in the HTML text. An HTML parser silently un-nests links, so this is
    /// read from the markup; raw HTML is off and text is escaped, so every <c>&lt;a</c> in it is a real tag.
    /// </summary>
    public int DeepestLinkNesting() => LinkDepths().Select(tag => tag.Depth).DefaultIfEmpty(0).Max();

    /// <summary>The nesting of <c>a</c> elements at each term link's opening tag (1 when it is inside no other link).</summary>
    public IEnumerable<int> TermLinkDepths() => LinkDepths().Where(tag => tag.IsTermLink).Select(tag => tag.Depth);

    private IEnumerable<(int Depth, bool IsTermLink)> LinkDepths()
    {
        var depth = 0;
        foreach (Match tag in AnchorTag().Matches(Html))
        {
            if (tag.Value.StartsWith("</", StringComparison.Ordinal))
            {
                depth--;
                continue;
            }

            depth++;
            yield return (depth, tag.Value.StartsWith("<a class=\"term-link\"", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("<a\\b[^>]*>|</a>")]
    private static partial Regex AnchorTag();
}
