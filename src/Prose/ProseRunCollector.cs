using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Prose;

/// <summary>
/// Finds the prose of a Markdown document that automatic annotation may touch: paragraphs and other text blocks,
/// but never headings, code or raw HTML; within them, text outside links, code spans and raw HTML.
/// Emphasis and <see cref="IProseContainer"/> inlines are looked through, so a match may span them.
/// </summary>
public static class ProseRunCollector
{
    /// <summary>The runs of <paramref name="document"/> in reading order.</summary>
    public static List<ProseRun> Collect(MarkdownDocument document)
    {
        var runs = new List<ProseRun>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock or CodeBlock or HtmlBlock || block.Inline is null)
            {
                continue;
            }

            var builder = new RunBuilder(block, runs);
            builder.Visit(block.Inline);
            builder.Finish();
        }

        return runs;
    }

    /// <summary>What a reader sees for a smart punctuation mark, so matching works on typographic text.</summary>
    public static string VisibleText(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.DoubleQuote => "\"",
        _ => "'",
    };

    private sealed class RunBuilder(LeafBlock block, List<ProseRun> runs)
    {
        private readonly StringBuilder _text = new();
        private List<ProsePiece> _pieces = [];

        public void Visit(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LiteralInline literal:
                        Add(literal, literal.Content.ToString(), splittable: true);
                        break;
                    case SmartyPant smartyPant:
                        Add(smartyPant, VisibleText(smartyPant.Type), splittable: false);
                        break;
                    case HtmlEntityInline entity:
                        Add(entity, entity.Transcoded.ToString(), splittable: false);
                        break;
                    case LineBreakInline lineBreak:
                        Add(lineBreak, " ", splittable: false);
                        break;
                    case EmphasisInline or IProseContainer:
                        Visit((ContainerInline)child);
                        break;
                    default:
                        // Links, autolinks, code spans, raw HTML, footnote references, images: a barrier.
                        Finish();
                        break;
                }
            }
        }

        public void Finish()
        {
            if (_pieces.Count > 0)
            {
                runs.Add(new ProseRun(block, _text.ToString(), _pieces));
            }

            _text.Clear();
            _pieces = [];
        }

        private void Add(Inline node, string text, bool splittable)
        {
            if (text.Length == 0)
            {
                return;
            }

            _pieces.Add(new ProsePiece(node, _text.Length, text.Length, splittable));
            _text.Append(text);
        }
    }
}
