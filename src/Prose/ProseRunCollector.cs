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
        private char _before = ' ';

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
                    case DelimiterInline delimiter:
                        // A bracket Markdig could not pair (as in "[^1][text](url)") stays in the tree as a container
                        // that renders as its character followed by its children: both are prose.
                        Add(delimiter, delimiter.ToLiteral(), splittable: false);
                        Visit(delimiter);
                        break;
                    default:
                        // Links, autolinks, code spans, raw HTML, footnote references, images: a barrier.
                        Finish(BarrierText(child) is { Length: > 0 } barrier ? barrier[0] : ' ');
                        _before = BarrierText(child) is { Length: > 0 } text ? text[^1] : ' ';
                        break;
                }
            }
        }

        public void Finish(char after = ' ')
        {
            if (_pieces.Count > 0)
            {
                runs.Add(new ProseRun(block, _text.ToString(), _pieces, _before, after));
            }

            _text.Clear();
            _pieces = [];
            _before = ' ';
        }

        /// <summary>The text a reader sees for a barrier, for judging word boundaries at the runs beside it.</summary>
        private static string BarrierText(Inline inline) => inline switch
        {
            CodeInline code => code.Content,
            AutolinkInline autolink => autolink.Url,
            LinkInline { IsImage: true } => "",
            ContainerInline container => string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString())),
            LiteralInline literal => literal.Content.ToString(),
            _ => "",
        };

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
