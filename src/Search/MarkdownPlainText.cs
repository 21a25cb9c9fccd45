using System.Text;
using Generator.Prose;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Search;

/// <summary>
/// The text a reader sees of a Markdown document, block by block, and the text of its headings: what the search index
/// reads and shows snippets of. Link and image text is kept, addresses are not; raw HTML and footnote numbers are
/// left out.
/// </summary>
public static class MarkdownPlainText
{
    /// <summary>The document's text, one line per block, and its headings' text.</summary>
    public static (string Text, IReadOnlyList<string> Headings) Of(MarkdownDocument document)
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

        return (text.ToString().TrimEnd('\n'), headings);
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
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
                    AppendInlines(nested, text);
                    break;
            }
        }
    }
}
