using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Prose;

/// <summary>
/// The text a reader sees of a Markdown document, block by block, and the text of its headings: what the search index
/// reads and shows snippets of. Link and image text is kept, addresses are not; raw HTML and footnote numbers are
/// left out. Read from the syntax tree rendering made (term links and note anchors keep the words they wrap; sidenotes
/// are not prose), so the same text comes from a document just parsed.
/// </summary>
public static class MarkdownPlainText
{
    /// <summary>
    /// How much of a document's text is kept: far more than any story's section, and a bound on what a search result
    /// costs to download and a build's memory when a file is enormous (the rest of it is not found by search).
    /// </summary>
    public const int LongestText = 100_000;

    /// <summary>The document's text, one line per block (its first <see cref="LongestText"/> characters, to the end of a line), and its headings' text.</summary>
    public static PlainText Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        var headings = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var start = text.Length;
            switch (block)
            {
                case HeadingBlock heading:
                    AppendInlines(heading.Inline, text);
                    headings.Add(text.ToString(start, text.Length - start));
                    break;
                case ParagraphBlock paragraph:
                    AppendInlines(paragraph.Inline, text);
                    break;
                case CodeBlock code:
                    text.Append(code.Lines.ToString());
                    break;
                default:
                    continue;
            }

            if (text.Length > start)
            {
                text.Append('\n');
            }
        }

        if (text.Length > LongestText)
        {
            var cut = text.ToString(0, LongestText).LastIndexOf('\n');
            text.Length = cut > 0 ? cut : LongestText;
        }

        return new PlainText(text.ToString().TrimEnd('\n'), headings);
    }

    /// <summary>
    /// The text of the block that holds <paramref name="inline"/>, and where the inline's own text starts and ends in it:
    /// the sentence around a link is read from there.
    /// </summary>
    public static (string Text, int Start, int End) Around(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is { } parent)
        {
            root = parent;
        }

        var text = new StringBuilder();
        var span = (Start: 0, End: 0);
        AppendInlines(root, text, inline, ref span);
        return (text.ToString(), span.Start, span.End);
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        var span = (Start: 0, End: 0);
        AppendInlines(container, text, target: null, ref span);
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text, Inline? target, ref (int Start, int End) found)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var start = text.Length;
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case SmartyPant smarty:
                    text.Append(ProseRunCollector.VisibleText(smarty.Type));
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case FootnoteLink:
                case HtmlInline:
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text, target, ref found);
                    break;
            }

            if (ReferenceEquals(inline, target))
            {
                found = (start, text.Length);
            }
        }
    }
}
